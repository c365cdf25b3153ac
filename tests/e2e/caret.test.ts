/**
 * Keys and clicks act where the page shows the caret. Chrome reports a moved caret to the editor
 * only in a later `selectionchange` event and may deliver it after the next key event or redraw
 * (it does, now and then, when a test types right after a click). The tests hold that event back
 * while they act, so that the race goes the bad way every time.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  editorParagraphs,
  launchBrowser,
  openSection,
  signIn,
  snapshotClient,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const WAIT = { timeout: 15_000, interval: 50 };

const PREFIX = 'Mục tiêu: ';
const FIRST = 'Đến năm 2030 mở rộng Khu công nghiệp Đồng Bành thêm 250 ha.';
const SECOND = 'Phát triển cụm công nghiệp chế biến nông sản.';
const PASSAGE = 'Khu công nghiệp Đồng Bành';

/** Until the returned function is called, the page's `selectionchange` events wait. */
async function holdSelectionChanges(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(`(() => {
    window.__holdSelection = true;
    if (window.__holdInstalled) return;
    window.__holdInstalled = true;
    // Capturing on the document runs before ProseMirror's own listener there.
    document.addEventListener('selectionchange', (event) => {
      if (window.__holdSelection) event.stopImmediatePropagation();
    }, true);
  })()`);
  // Delivered late, as one event: the browser merges pending selection changes anyway.
  return async () => {
    await page.evaluate(`window.__holdSelection = false;
      document.dispatchEvent(new Event('selectionchange'))`);
  };
}

/** Selects `passage` in the editor's text as a person would with the mouse. */
async function selectText(page: Page, passage: string): Promise<void> {
  const found: unknown = await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="editor-content"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(passage)});
      if (at < 0) continue;
      getSelection().setBaseAndExtent(node, at, node, at + ${passage.length});
      return true;
    }
    return false;
  })()`);
  expect(found, `"${passage}" is in the editor`).toBe(true);
}

describe('the caret the page shows', () => {
  let clientDir: string;
  let browser: Browser;
  let server: TestServer;
  let sct: UserPage;

  beforeAll(async () => {
    clientDir = await snapshotClient();
    server = await startServerWithClient({ config: { clientDir } });
    browser = await launchBrowser();
    sct = await signIn(browser, server, 'sct');
    await openSection(sct, server, SECTION);
    // expect.poll is not available in hooks.
    await waitFor(async () => (await connectionState(sct.page)) === 'saved', {
      ...WAIT,
      message: 'the section to be synced',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (clientDir) fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('is where Enter splits the paragraph, even before the browser has reported it', async () => {
    const { page } = sct;
    const editor = page.getByTestId('editor-content');
    await editor.click();
    await page.keyboard.type(FIRST);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(PREFIX);
    await expect.poll(() => editorParagraphs(page), WAIT).toEqual([PREFIX + FIRST]);

    // The editor's caret is after the prefix; the person moves to the end and starts a paragraph.
    const release = await holdSelectionChanges(page);
    try {
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
    } finally {
      await release();
    }
    await page.keyboard.type(SECOND);
    await expect.poll(() => editorParagraphs(page), WAIT).toEqual([PREFIX + FIRST, SECOND]);
  });

  it('moves into a highlighted passage when it is clicked', async () => {
    const { page } = sct;
    await selectText(page, PASSAGE);
    const start = page.getByTestId('thread-new');
    await expect.poll(() => start.isEnabled(), WAIT).toBe(true);
    await start.click();
    const form = page.getByTestId('new-thread-form');
    await form.getByRole('textbox').fill('Ghi rõ diện tích theo quy hoạch sử dụng đất.');
    await form.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.getByTestId('thread').first().waitFor();
    // Reloaded, the thread is not the active one: the click activates it and redraws at once.
    await page.reload();
    const highlight = page.getByTestId('editor-content').locator('.comment-highlight');
    await expect.poll(() => highlight.allTextContents(), WAIT).toEqual([PASSAGE]);
    expect(await page.locator('.comment-highlight--active').count()).toBe(0);

    // The caret is at the end of the section; then the person clicks into the highlight.
    await page.getByTestId('editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    const release = await holdSelectionChanges(page);
    try {
      await highlight.click();
    } finally {
      await release();
    }
    await page.keyboard.type('Q');
    await expect
      .poll(async () => (await highlight.allTextContents()).join(''), WAIT)
      .toContain('Q');
    expect(await editorParagraphs(page)).toEqual([expect.any(String), `${SECOND}!`]);
  });
});
