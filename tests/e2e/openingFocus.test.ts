/**
 * Where focus lands when a section opens (issue 17, item 1): in the text for a writer, so typing
 * goes in at once; on the section title for a reader, whose read-only text is then reachable by
 * Tab. Never on "Chuyển trạng thái".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editorText,
  launchBrowser,
  openSection,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };

/** The focused element's test id, else its id, else its tag. */
async function focused(page: Page): Promise<string> {
  const value: unknown = await page.evaluate(
    `(() => { const el = document.activeElement;
      return el?.getAttribute('data-testid') || el?.id || el?.tagName || ''; })()`,
  );
  return String(value);
}

describe('focus when a section opens', () => {
  let server: TestServer;
  let browser: Browser;
  let writer: UserPage;
  let reader: UserPage;

  beforeAll(async () => {
    server = await startServerWithClient();
    browser = await launchBrowser();
    writer = await signIn(browser, server, 'sct');
    reader = await signIn(browser, server, 'tv');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('puts a writer in the text, so typing goes in', async () => {
    await openSection(writer, server, 'S3_1');
    await waitFor(async () => (await focused(writer.page)) === 'editor-content', {
      ...WAIT,
      message: 'focus in the text',
    });
    await writer.page
      .getByTestId('connection-state')
      .and(writer.page.locator('[data-state="saved"]'))
      .waitFor();
    await writer.page.keyboard.type('Gõ ngay khi mở mục. ');
    await waitFor(async () => (await editorText(writer.page)).includes('Gõ ngay khi mở mục.'), {
      ...WAIT,
      message: 'the typed words in the text',
    });
  });

  it('puts a reader on the section title, and Tab reaches the text', async () => {
    await openSection(reader, server, 'S3_1');
    await waitFor(async () => (await focused(reader.page)) === 'section-title', {
      ...WAIT,
      message: 'focus on the section title',
    });
    const shots = process.env.UX_SHOTS_DIR;
    if (shots) {
      await reader.page.setViewportSize({ width: 1440, height: 900 });
      await reader.page.screenshot({ path: `${shots}/reader-focus-1440.png` });
      await reader.page.setViewportSize({ width: 390, height: 844 });
      await reader.page.screenshot({ path: `${shots}/reader-focus-390.png` });
      await reader.page.setViewportSize({ width: 1400, height: 900 });
    }
    await expect(
      reader.page.getByTestId('editor-content').getAttribute('contenteditable'),
    ).resolves.toBe('false');
    const path: string[] = [];
    for (let press = 0; press < 15 && path.at(-1) !== 'editor-content'; press += 1) {
      await reader.page.keyboard.press('Tab');
      path.push(await focused(reader.page));
    }
    expect(path.at(-1), `Tab went through ${path.join(' → ')}`).toBe('editor-content');
  });
});
