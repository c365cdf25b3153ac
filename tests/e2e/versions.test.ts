/**
 * Versions in the browser: Sở Công Thương saves a named version of III.1, writes on, and compares
 * the version with the text of now: the new paragraph is shown underlined and tagged, the
 * summary lists it, and the version list shows the words it added.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  editorText,
  openSection,
  useCoordinatorAndOfficer,
  type UserPage,
} from '../helpers/browser.js';
import { shootSizes } from '../helpers/screenshots.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = '/work/wt/shots/versions';

async function writeParagraph(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  if ((await editorText(page)).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect.poll(() => connectionState(page), WAIT).toBe('saved');
}

const shoot = (page: Page, name: string, testId = 'compare') =>
  shootSizes(page, SHOTS, name, testId);

describe('section versions in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let officer: UserPage;
  let coordinator: UserPage;
  beforeAll(() => ({ server, officer, coordinator } = people));

  /** Opens a section, writes a paragraph and saves a named version: the list then holds it. */
  const versionAfter = async (who: UserPage, sectionId: string, text: string, name: string) => {
    await openSection(who, server, sectionId);
    await expect.poll(() => connectionState(who.page), WAIT).toBe('saved');
    await writeParagraph(who.page, text);
    const form = who.page.getByTestId('take-version');
    await form.getByRole('textbox').fill(name);
    await form.getByRole('button').click();
    const items = who.page.getByTestId('version-item');
    await expect.poll(() => items.count(), WAIT).toBe(1);
    return items;
  };

  it('saves a named version, then compares it with the text of now', async () => {
    const { page } = officer;
    const items = await versionAfter(
      officer,
      'S3_1',
      'Khu công nghiệp Hữu Lũng',
      'Bản làm việc tháng 10',
    );
    await expect(items.first().textContent()).resolves.toContain('Bản làm việc tháng 10');
    await expect(items.first().textContent()).resolves.toContain('+5 / −0 từ');

    await writeParagraph(page, 'Cụm công nghiệp Chi Lăng');
    await items.first().getByRole('button', { name: 'So với hiện tại' }).click();
    const compare = page.getByTestId('compare');
    const inserted = compare.locator('[data-testid="diff-block"][data-op="insert"]');
    await expect.poll(() => inserted.count(), WAIT).toBe(1);
    await expect(inserted.textContent()).resolves.toContain('Cụm công nghiệp Chi Lăng');
    await expect(inserted.textContent()).resolves.toContain('Đoạn thêm');
    // Who wrote it, from the client id its text was typed under.
    await expect(inserted.getByText('Người viết:').textContent()).resolves.toContain(
      '(Sở Công Thương)',
    );
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

  it('restores a version as a new change the coordinator sees live, and undoes it', async () => {
    const { page } = officer;
    const items = await versionAfter(
      officer,
      'S3_3',
      'Trung tâm logistics Đồng Đăng',
      'Bản gửi tư vấn',
    );
    await writeParagraph(page, 'Kho ngoại quan Tân Thanh');
    await openSection(coordinator, server, 'S3_3');
    await expect.poll(() => editorText(coordinator.page), WAIT).toContain('Tân Thanh');

    await items.first().getByRole('button', { name: 'Khôi phục' }).click();
    const ask = page.getByRole('group', { name: /Khôi phục "Bản gửi tư vấn"/ });
    await ask.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => editorText(page), WAIT).toBe('Trung tâm logistics Đồng Đăng');
    await expect
      .poll(() => editorText(coordinator.page), WAIT)
      .toBe('Trung tâm logistics Đồng Đăng');
    const notice = page.getByTestId('restored-notice');
    await expect(notice.textContent()).resolves.toContain('Đã khôi phục "Bản gửi tư vấn"');
    await expect.poll(() => items.count(), WAIT).toBe(2);
    await expect(items.first().textContent()).resolves.toContain('Trước khi khôi phục');
    await shoot(page, 'restore', 'versions');

    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect
      .poll(() => editorText(coordinator.page), WAIT)
      .toBe('Trung tâm logistics Đồng Đăng\nKho ngoại quan Tân Thanh');
    await expect.poll(() => page.getByTestId('restored-notice').count(), WAIT).toBe(0);
    // The coordinator does not own III.3: no restore button there.
    await expect
      .poll(() => coordinator.page.getByTestId('version-item').count(), WAIT)
      .toBeGreaterThan(0);
    await expect(
      coordinator.page.getByTestId('versions').getByRole('button', { name: 'Khôi phục' }).count(),
    ).resolves.toBe(0);
  });
});
