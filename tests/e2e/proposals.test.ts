/**
 * Proposed edits in the browser: the consultant selects a passage of III.1 and proposes new
 * wording; Sở Công Thương sees the proposal struck and underlined and accepts it with one click;
 * both editors then show exactly the proposed text and the thread answers Tiếp thu.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  editorText,
  launchBrowser,
  openSection,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import { shootSizes } from '../helpers/screenshots.js';
import { selectPassage } from '../helpers/selection.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const PARAGRAPH = 'Phát triển khu công nghiệp Hữu Lũng quy mô lớn';

describe('proposed edits in the browser', () => {
  let browser: Browser;
  let server: TestServer;
  let sct: UserPage;
  let tv: UserPage;
  beforeAll(async () => {
    server = await startServerWithClient();
    browser = await launchBrowser();
    sct = await signIn(browser, server, 'sct');
    tv = await signIn(browser, server, 'tv');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the consultant proposes, the owner accepts with one click', async () => {
    await openSection(sct, server, 'S3_1');
    await expect.poll(() => connectionState(sct.page), WAIT).toBe('saved');
    await sct.page.getByTestId('editor-content').click();
    await sct.page.keyboard.type(PARAGRAPH);
    await expect.poll(() => connectionState(sct.page), WAIT).toBe('saved');

    await openSection(tv, server, 'S3_1');
    await expect.poll(() => editorText(tv.page), WAIT).toBe(PARAGRAPH);
    await selectPassage(tv.page, 'quy mô lớn');
    const start = tv.page.getByTestId('thread-new');
    await expect.poll(() => start.isEnabled(), WAIT).toBe(true);
    await start.click();
    const form = tv.page.getByTestId('new-thread-form');
    await form.getByTestId('propose-toggle').check();
    await form.getByTestId('proposal-text').fill('quy mô 600 ha');
    await form.getByLabel('Nội dung góp ý').fill('Nêu rõ diện tích theo quy hoạch');
    await form.getByRole('button', { name: 'Gửi góp ý' }).click();
    await tv.page.getByTestId('proposal').waitFor();
    // The consultant may not write III.1: no way to apply it from here.
    await expect(tv.page.getByTestId('proposal-accept').count()).resolves.toBe(0);

    const proposal = sct.page.getByTestId('proposal');
    await proposal.waitFor({ timeout: 15_000 });
    await expect(proposal.locator('del').textContent()).resolves.toBe('quy mô lớn');
    await expect(proposal.getByTestId('proposal-ins').textContent()).resolves.toBe('quy mô 600 ha');
    await shootSizes(sct.page, '/work/wt/shots/versions', 'proposal', 'proposal');
    // Declining takes a reason; "Tiếp thu" is only ever the result of applying it.
    const card = sct.page.getByTestId('thread');
    await card.getByTestId('response-open').click();
    const kinds = await card.getByTestId('response-kind').locator('option').allTextContents();
    expect(kinds).toEqual(['Không tiếp thu', 'Giải trình']);
    await card.getByRole('button', { name: 'Hủy' }).click();
    await proposal.getByRole('button', { name: 'Tiếp thu và sửa' }).click();

    const accepted = 'Phát triển khu công nghiệp Hữu Lũng quy mô 600 ha';
    await expect.poll(() => editorText(sct.page), WAIT).toBe(accepted);
    await expect.poll(() => editorText(tv.page), WAIT).toBe(accepted);
    // Accepted and closed: it moves to the closed threads, answered Tiếp thu.
    await expect.poll(() => sct.page.getByTestId('proposal').count(), WAIT).toBe(0);
    await sct.page.getByTestId('thread-filter-resolved').click();
    await expect
      .poll(() => sct.page.getByTestId('proposal').textContent(), WAIT)
      .toContain('đã tiếp thu');
    await expect(sct.page.getByTestId('thread').textContent()).resolves.toContain('Tiếp thu');
    await expect(sct.page.getByTestId('proposal-stale').count()).resolves.toBe(0);
  });
});
