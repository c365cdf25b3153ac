/**
 * The content toolbar in the browser: two officers of Sở Công Thương write III.1 together; one
 * uses the toolbar (superscript, alignment, a table with merged header cells and a numbered
 * title, a footnote, undo and redo), the other sees each result live. A reader gets no toolbar.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  caretLabels,
  connectionState,
  launchBrowser,
  openSection,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const WAIT = { timeout: 15_000, interval: 50 };

/** The text of the matching elements, without the colleague's caret label inside them. */
async function texts(page: Page, selector: string): Promise<string[]> {
  const labels = await caretLabels(page);
  const found = await page.getByTestId('editor-content').locator(selector).allTextContents();
  return found.map((text) => labels.reduce((rest, label) => rest.replace(label, ''), text));
}

const button = (page: Page, name: string) =>
  page.getByTestId('toolbar').getByRole('button', { name, exact: true });

describe('the editor toolbar', () => {
  let browser: Browser;
  let server: TestServer;
  let writer: UserPage;
  let colleague: UserPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServerWithClient();
    writer = await signIn(browser, server, 'sct');
    colleague = await signIn(browser, server, 'sct2');
    for (const person of [writer, colleague]) {
      await openSection(person, server, SECTION);
      await waitFor(async () => (await connectionState(person.page)) === 'saved', {
        ...WAIT,
        message: 'the section saved',
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('formats, builds a captioned table with merged cells and a footnote, undoes and redoes', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').click();
    await page.keyboard.type('Diện tích tự nhiên 8.310 km');
    await button(page, 'Chỉ số trên').click();
    await page.keyboard.type('2');
    await button(page, 'Chỉ số trên').click();
    await button(page, 'Căn giữa').click();
    await expect.poll(() => texts(colleague.page, 'p sup'), WAIT).toEqual(['2']);
    await expect
      .poll(
        () =>
          colleague.page.locator('[data-testid="editor-content"] p').first().getAttribute('style'),
        WAIT,
      )
      .toContain('text-align: center');
    expect(await button(page, 'Căn giữa').getAttribute('aria-pressed')).toBe('true');

    // A footnote after the sentence, typed in place, numbered 1.
    await button(page, 'Chèn chú thích cuối trang').click();
    // It holds a selected placeholder: typing replaces it.
    await expect.poll(() => texts(colleague.page, '.footnote'), WAIT).toEqual(['Nguồn: …']);
    await page.keyboard.type('Nguồn: Cục Thống kê');
    await expect
      .poll(() => texts(colleague.page, '.footnote'), WAIT)
      .toEqual(['Nguồn: Cục Thống kê']);

    // Undo takes the writer's own last typing back; redo brings it again.
    await button(page, 'Hoàn tác').click();
    await expect
      .poll(() => texts(colleague.page, '.footnote'), WAIT)
      .not.toEqual(['Nguồn: Cục Thống kê']);
    await button(page, 'Làm lại').click();
    await expect
      .poll(() => texts(colleague.page, '.footnote'), WAIT)
      .toEqual(['Nguồn: Cục Thống kê']);

    // A table: no table menu before, one while the caret is inside it.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('table-menu').count()).toBe(0);
    await button(page, 'Chèn bảng').click();
    const menu = page.getByTestId('table-menu');
    await menu.waitFor();
    await page.keyboard.type('Chỉ tiêu');
    // Shift+→ past the end of the cell selects the next cell too; merge the two.
    await page.keyboard.press('Shift+ArrowRight');
    await menu.getByRole('button', { name: 'Gộp ô', exact: true }).click();
    await expect
      .poll(
        () => colleague.page.locator('[data-testid="editor-content"] th[colspan="2"]').count(),
        WAIT,
      )
      .toBe(1);
    await menu.getByTestId('table-caption').fill('Một số chỉ tiêu chủ yếu');
    await menu.getByTestId('table-caption').press('Enter');
    await expect
      .poll(() => texts(colleague.page, '.table-caption'), WAIT)
      .toEqual(['Bảng III.1.1: Một số chỉ tiêu chủ yếu']);

    // Pictures of the toolbar and table menu, wide and narrow (test-results/).
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `editor-toolbar-${width}.png`) });
    }
    await page.setViewportSize({ width: 1400, height: 900 });

    // The colleague, whose caret is not in a table, has no table menu.
    expect(await colleague.page.getByTestId('table-menu').count()).toBe(0);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
  });

  it('gives a reader no formatting toolbar, but keyboard selection and Ctrl+Alt+M', async () => {
    // The consultant reads III.1 (another agency's) and may comment on it.
    const reader = await signIn(browser, server, 'tv');
    await openSection(reader, server, SECTION);
    await expect.poll(() => texts(reader.page, '.table-caption'), WAIT).toHaveLength(1);
    expect(await reader.page.getByTestId('toolbar').count()).toBe(0);
    expect(await writer.page.getByTestId('toolbar').count()).toBe(1);

    // The reader reaches the text with the keyboard, selects words and comments on them.
    const text = reader.page.getByTestId('editor-content');
    expect(await text.getAttribute('tabindex')).toBe('0');
    expect(await text.getAttribute('aria-describedby')).toBe('new-thread-hint');
    expect(await reader.page.locator('#new-thread-hint').textContent()).toContain('Ctrl+Alt+M');
    await text.focus();
    // From the start of the text (an empty paragraph may come first) over the first words.
    const selected = async () => String(await reader.page.evaluate('String(getSelection())'));
    for (let i = 0; i < 8 && !/Diện/.test(await selected()); i += 1)
      await reader.page.keyboard.press('Control+Shift+ArrowRight');
    expect(await selected()).toMatch(/Diện/);
    await reader.page.keyboard.press('Control+Alt+M');
    await expect
      .poll(() => reader.page.getByTestId('new-thread-quote').textContent(), WAIT)
      .toMatch(/^Diện/);
    await reader.context.close();
  });

  it('counts the words of the section under the text', async () => {
    // "Diện tích tự nhiên 8.310 km2", the footnote "Nguồn: Cục Thống kê", the table's "Chỉ tiêu".
    await expect
      .poll(() => writer.page.getByTestId('word-count').textContent(), WAIT)
      .toBe('12 từ');
    // A colleague's words count too.
    await colleague.page.getByTestId('editor-content').locator('p').first().click();
    await colleague.page.keyboard.press('End');
    await colleague.page.keyboard.type(' năm 2025');
    await expect
      .poll(() => writer.page.getByTestId('word-count').textContent(), WAIT)
      .toBe('14 từ');
  });

  it('finds and replaces in the section, seen by a colleague', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').locator('p').first().click();
    await page.keyboard.press('Control+H');
    const bar = page.getByTestId('find-bar');
    await bar.getByTestId('find-query').fill('chỉ tiêu');
    await bar.getByRole('button', { name: 'Tìm tiếp' }).click();
    await expect
      .poll(() => bar.getByTestId('find-note').textContent(), WAIT)
      .toBe('Có 1 chỗ khớp.');
    await bar.getByTestId('find-replacement').fill('chỉ số');
    await bar.getByRole('button', { name: 'Thay tất cả' }).click();
    expect(await bar.getByTestId('find-note').textContent()).toBe('Đã thay 1 chỗ.');
    await expect.poll(() => texts(colleague.page, 'th'), WAIT).toContain('chỉ số');
    // A table's title is an attribute, set in the table menu: find and replace leaves it.
    expect(await texts(colleague.page, '.table-caption')).toEqual([
      'Bảng III.1.1: Một số chỉ tiêu chủ yếu',
    ]);
  });
});
