/**
 * Versions in the browser: Sở Công Thương saves a named version of III.1, writes on, and compares
 * the version with the text of now: the new paragraph is shown underlined and tagged, the
 * summary lists it, and the version list shows the words it added.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  editorText,
  openSection,
  useCoordinatorAndOfficer,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = '/work/wt/shots/14';

async function writeParagraph(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  if ((await editorText(page)).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect.poll(() => connectionState(page), WAIT).toBe('saved');
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!fs.existsSync(path.dirname(SHOTS))) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.getByTestId('compare').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('section versions in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let officer: UserPage;
  beforeAll(() => ({ server, officer } = people));

  it('saves a named version, then compares it with the text of now', async () => {
    const { page } = officer;
    await openSection(officer, server, 'S3_1');
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    await writeParagraph(page, 'Khu công nghiệp Hữu Lũng');

    const form = page.getByTestId('take-version');
    await form.getByRole('textbox').fill('Bản làm việc tháng 10');
    await form.getByRole('button').click();
    const items = page.getByTestId('version-item');
    await expect.poll(() => items.count(), WAIT).toBe(1);
    await expect(items.first().textContent()).resolves.toContain('Bản làm việc tháng 10');
    await expect(items.first().textContent()).resolves.toContain('+5 / −0 từ');

    await writeParagraph(page, 'Cụm công nghiệp Chi Lăng');
    await items.first().getByRole('button', { name: 'So với hiện tại' }).click();
    const compare = page.getByTestId('compare');
    const inserted = compare.locator('[data-testid="diff-block"][data-op="insert"]');
    await expect.poll(() => inserted.count(), WAIT).toBe(1);
    await expect(inserted.textContent()).resolves.toContain('Cụm công nghiệp Chi Lăng');
    await expect(inserted.textContent()).resolves.toContain('Đoạn thêm');
    // Marked by a line, not by colour alone.
    const decoration: unknown = await page.evaluate(
      `getComputedStyle(document.querySelector('[data-op="insert"] ins')).textDecorationLine`,
    );
    expect(decoration).toContain('underline');
    await expect(compare.getByTestId('compare-words').textContent()).resolves.toContain(
      'Thêm 5 từ',
    );
    await expect(compare.locator('nav li').count()).resolves.toBe(1);
    await shoot(page, 'compare');

    await compare.getByRole('button', { name: 'Đóng so sánh' }).click();
    await expect.poll(() => page.getByTestId('compare').count(), WAIT).toBe(0);
  });
});
