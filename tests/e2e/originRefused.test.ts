/**
 * PlanFold opened at an address the server does not accept (not in PUBLIC_ORIGIN): a page that
 * names the refused origin and how to allow it, in Vietnamese and English, instead of a login
 * form whose every attempt fails.
 */
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  recordPageLog,
  snapshotClient,
  startServerWithClient,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const SHOTS = process.env.PLANFOLD_SHOTS_DIR;

describe('a refused origin', () => {
  let browser: Browser;
  let server: TestServer;
  let clientDir = '';

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
    // The server accepts only its public name; the test opens it by its address.
    server = await startServerWithClient({
      config: { clientDir },
      env: { PUBLIC_ORIGIN: 'http://quyhoach.langson.example' },
    });
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it.each([
    [1440, 900],
    [390, 844],
  ])('explains it in both languages at %ix%i, with no login form', async (width, height) => {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
    try {
      const page = await context.newPage();
      recordPageLog(page);
      await page.goto(server.origin);
      const notice = page.getByTestId('origin-refused');
      await notice.waitFor({ timeout: 15_000 });
      const vi = await notice.locator('section[lang="vi"]').innerText();
      const en = await notice.locator('section[lang="en"]').innerText();
      expect(vi).toContain('PlanFold không nhận địa chỉ này');
      expect(vi).toContain(server.origin);
      expect(vi).toContain('PUBLIC_ORIGIN');
      expect(en).toContain('PlanFold does not accept this address');
      expect(en).toContain(server.origin);
      expect(en).toContain('PUBLIC_ORIGIN');
      expect(await page.locator('input[type="password"]').count()).toBe(0);
      const scrollWidth = Number(await page.evaluate('document.documentElement.scrollWidth'));
      expect(scrollWidth).toBeLessThanOrEqual(width);
      if (SHOTS)
        await page.screenshot({ path: `${SHOTS}/origin-refused-${width}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
