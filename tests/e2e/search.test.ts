/**
 * Search from the header: "dong dang" typed without diacritics finds the demo's passage about
 * Đồng Đăng, highlighted on the results page, which opens the section.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PLAN_ID,
  launchBrowser,
  signIn,
  snapshotClient,
  startServerWithClient,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const SHOTS = process.env.PLANFOLD_SHOTS_DIR;

describe('search in the header', () => {
  let browser: Browser;
  let server: TestServer;
  let clientDir = '';

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
    server = await startServerWithClient({ config: { clientDir } });
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('finds Đồng Đăng from "dong dang", highlighted, and opens the section', async () => {
    const { context, page } = await signIn(browser, server, 'bcd');
    try {
      await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}`);
      const box = page.getByRole('searchbox', { name: 'Tìm trong quy hoạch' });
      await box.fill('dong dang');
      await box.press('Enter');
      const sections = page.getByTestId('search-section');
      await sections.waitFor({ timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe('dong dang');
      const marks = await sections.locator('mark').allInnerTexts();
      expect(marks).toContain('Đồng');
      expect(marks).toContain('Đăng');
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/search-${width}.png`, fullPage: true });
        const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
        expect(scrollWidth).toBeLessThanOrEqual(width);
      }
      await page.setViewportSize({ width: 1440, height: 900 });
      const first = sections.getByRole('link').first();
      await first.click();
      await page.waitForURL(/\/sections\//, { timeout: 15_000 });
    } finally {
      await context.close();
    }
  });
});
