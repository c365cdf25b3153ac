/**
 * The whole-plan reader in the browser: the coordinator opens it from the plan page, sees every
 * part and section in order, sees a sentence Sở Công Thương types in III.1 appear without a
 * reload, follows the scroll in the table of contents, narrows it to one part, and downloads
 * the .docx from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  DEMO_PLAN_ID,
  openSection,
  useCoordinatorAndOfficer,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = '/work/wt/shots/word';

async function shoot(page: Page, name: string): Promise<void> {
  if (!fs.existsSync(path.dirname(SHOTS))) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`) });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

const readerText = (page: Page) => page.getByTestId('reader-doc').textContent();

describe('the whole-plan reader', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let officer: UserPage;
  let coordinator: UserPage;
  beforeAll(() => ({ server, officer, coordinator } = people));

  it('reads the plan as one live document, with a table of contents that follows', async () => {
    const { page } = coordinator;
    await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}`);
    await page.getByTestId('open-reader').click();
    const doc = page.getByTestId('reader-doc');
    await page.locator('[data-reader-ready]').waitFor(WAIT);
    const sections = doc.getByTestId('reader-section');
    expect(await sections.count()).toBeGreaterThan(20);
    await expect(readerText(page)).resolves.toMatch(/Phần I.*Phần II.*III\.1\. /s);
    // Statuses are hidden unless asked for.
    await expect(doc.locator('.badge').count()).resolves.toBe(0);
    await page.getByTestId('reader-show-status').check();
    await expect.poll(() => doc.locator('.badge').count(), WAIT).toBeGreaterThan(20);

    // A sentence typed in III.1 elsewhere arrives without a reload.
    await openSection(officer, server, 'S3_1');
    await officer.page.getByTestId('editor-content').click();
    await officer.page.keyboard.press('Control+End');
    await officer.page.keyboard.press('Enter');
    await officer.page.keyboard.type('Cửa khẩu Hữu Nghị mở rộng');
    await expect.poll(() => connectionState(officer.page), WAIT).toBe('saved');
    await expect.poll(() => readerText(page), WAIT).toContain('Cửa khẩu Hữu Nghị mở rộng');

    // The table of contents marks the section being read.
    await page.evaluate(`document.getElementById('doc-S3_1').scrollIntoView({ block: 'start' })`);
    const current = page.getByTestId('reader-toc').locator('[aria-current="location"]');
    await expect.poll(() => current.textContent(), WAIT).toContain('III.1');
    await shoot(page, 'reader');
  });

  it('reads one part alone and downloads it as .docx', async () => {
    const { page } = coordinator;
    await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/read`);
    await page.locator('[data-reader-ready]').waitFor(WAIT);
    const all = await page.getByTestId('reader-section').count();
    await page.getByTestId('reader-scope').selectOption('P3');
    await expect.poll(() => page.url(), WAIT).toContain('sections=P3');
    const sections = page.getByTestId('reader-section');
    await expect.poll(() => sections.count(), WAIT).toBeLessThan(all);
    await expect(sections.first().textContent()).resolves.toContain('Phần III');
    await expect(readerText(page)).resolves.not.toContain('Phần II\n');

    const href = await page.getByTestId('reader-docx').getAttribute('href');
    expect(href).toBe(`/api/plans/${DEMO_PLAN_ID}/export.docx?sections=P3`);
    const type: unknown = await page.evaluate(
      `fetch(${JSON.stringify(href)}).then((r) => r.status + ' ' + r.headers.get('content-type'))`,
    );
    expect(type).toBe(
      '200 application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});
