/**
 * Figures in the browser: an officer of Sở Công Thương inserts a map from the toolbar's file
 * picker, captions it and narrows it, pastes and drops more; a colleague sees each live, numbered
 * "Hình III.1.n", the image loaded from the server. A file that is not an image, one the server
 * finds is not what it says, and one past the plan's quota are refused with a clear message.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  caretLabels,
  connectionState,
  DEMO_PLAN_ID,
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
/** A real 1×1 PNG, so the browser can draw it. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const png = () => Buffer.from(PNG_BASE64, 'base64');

async function captions(page: Page): Promise<string[]> {
  const labels = await caretLabels(page);
  const found = await page
    .getByTestId('editor-content')
    .locator('figure figcaption')
    .allTextContents();
  return found.map((text) => labels.reduce((rest, label) => rest.replace(label, ''), text));
}

/** Whether every figure's image in the page has loaded (natural width above 0). */
async function imagesLoaded(page: Page): Promise<boolean> {
  return (
    (await page.evaluate(`
    Array.from(document.querySelectorAll('[data-testid="editor-content"] figure > img')).every(
      (img) => img.complete && img.naturalWidth > 0,
    )
  `)) === true
  );
}

/** Pastes (or drops on the first paragraph) a PNG file, as a browser would hand it over. */
function transferImage(page: Page, kind: 'paste' | 'drop'): Promise<unknown> {
  return page.evaluate(`(() => {
    const bytes = Uint8Array.from(atob('${PNG_BASE64}'), (c) => c.charCodeAt(0));
    // Another image than the first (the store keeps one copy per content).
    const file = new File([bytes, new Uint8Array([${kind === 'paste' ? 1 : 2}])], '${kind}.png', { type: 'image/png' });
    const data = new DataTransfer();
    data.items.add(file);
    const editor = document.querySelector('[data-testid="editor-content"]');
    if ('${kind}' === 'paste') {
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    } else {
      const box = editor.querySelector('p').getBoundingClientRect();
      editor.dispatchEvent(new DragEvent('drop', {
        dataTransfer: data, clientX: box.left + 5, clientY: box.top + 5, bubbles: true, cancelable: true,
      }));
    }
  })()`);
}

describe('figures in the editor', () => {
  let browser: Browser;
  let server: TestServer;
  let writer: UserPage;
  let colleague: UserPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Room for a few small images only, so the quota can be reached.
    server = await startServerWithClient({ env: { PLAN_FILE_QUOTA_MB: String(3000 / 2 ** 20) } });
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

  it('inserts from the file picker, captions and sizes it; a colleague sees it live', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').click();
    await page.keyboard.type('Vị trí tỉnh Lạng Sơn trong vùng.');
    await page.getByTestId('figure-file').setInputFiles({
      name: 'ban-do.png',
      mimeType: 'image/png',
      buffer: png(),
    });
    const figure = colleague.page.getByTestId('editor-content').locator('figure');
    await figure.waitFor({ timeout: WAIT.timeout });
    expect(await figure.getAttribute('data-file')).toMatch(/^[0-9a-f]{64}$/);
    expect(await figure.locator(':scope > img').getAttribute('src')).toBe(
      `/api/plans/${DEMO_PLAN_ID}/files/${await figure.getAttribute('data-file')}`,
    );
    expect(await figure.locator(':scope > img').getAttribute('alt')).toBe('ban-do');
    await expect.poll(() => imagesLoaded(colleague.page), WAIT).toBe(true);

    // The caret is in the caption: type it; the figure menu sets the width.
    await page.keyboard.type('Bản đồ hành chính tỉnh Lạng Sơn');
    await expect
      .poll(() => captions(colleague.page), WAIT)
      .toEqual(['Hình III.1.1: Bản đồ hành chính tỉnh Lạng Sơn']);
    const menu = page.getByTestId('figure-menu');
    await menu.getByRole('button', { name: /Độ rộng 50/ }).click();
    await expect.poll(() => figure.getAttribute('data-width'), WAIT).toBe('50');
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, `editor-figure-${width}.png`) });
    }
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('takes pasted and dropped images; figures renumber in order', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').locator('p').first().click();
    await page.keyboard.press('End');
    await transferImage(page, 'paste');
    await expect
      .poll(() => colleague.page.getByTestId('editor-content').locator('figure').count(), WAIT)
      .toBe(2);
    await transferImage(page, 'drop');
    await expect
      .poll(() => colleague.page.getByTestId('editor-content').locator('figure').count(), WAIT)
      .toBe(3);
    const labels = await colleague.page
      .getByTestId('editor-content')
      .locator('.caption-label')
      .allTextContents();
    expect(labels).toEqual(['Hình III.1.1: ', 'Hình III.1.2: ', 'Hình III.1.3: ']);
  });

  it('refuses a file that is not an image, a disguised one and one past the quota', async () => {
    const { page } = writer;
    const input = page.getByTestId('figure-file');
    const error = page.getByTestId('figure-error');
    const figures = () => page.getByTestId('editor-content').locator('figure').count();
    const before = await figures();

    await input.setInputFiles({
      name: 'bao-cao.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('không phải ảnh'),
    });
    await expect
      .poll(() => error.textContent(), WAIT)
      .toContain('chỉ nhận ảnh PNG, JPEG hoặc WebP');
    await error.getByRole('button').click();

    // Named and typed as PNG, but not one: the server reads the bytes and refuses it.
    await input.setInputFiles({
      name: 'gia-mao.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
    });
    await expect.poll(() => error.textContent(), WAIT).toContain('gia-mao.png');
    expect(await error.textContent()).toContain('chỉ nhận ảnh PNG, JPEG hoặc WebP');

    // A real PNG header with 4 KB after it: past the 3 000-byte quota.
    const big = Buffer.concat([png(), Buffer.alloc(4096, 7)]);
    await input.setInputFiles({ name: 'lon.png', mimeType: 'image/png', buffer: big });
    await expect.poll(() => error.textContent(), WAIT).toContain('dung lượng lưu hình');
    expect(await figures()).toBe(before);
  });
});
