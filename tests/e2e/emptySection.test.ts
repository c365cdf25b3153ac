/**
 * An empty section says what belongs in it and who writes it (issue 17, item 8), to its writer and
 * to a reader, and the note goes away for both once text is written.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openSection,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };

describe('empty section', () => {
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

  it('tells writer and reader what belongs there and who writes it, until text is written', async () => {
    await openSection(writer, server, 'S3_1');
    await openSection(reader, server, 'S3_1');
    const writerHint = writer.page.getByTestId('empty-section-hint');
    const readerHint = reader.page.getByTestId('empty-section-hint');
    await writerHint.waitFor();
    await readerHint.waitFor();
    await expect(writerHint.textContent()).resolves.toBe(
      'Mục này còn trống. Hãy viết nội dung về “Phát triển công nghiệp” vào khung dưới đây; Sở Công Thương chủ trì viết mục này.',
    );
    await expect(readerHint.textContent()).resolves.toBe(
      'Mục này chưa có nội dung. Sở Công Thương chủ trì viết mục này về “Phát triển công nghiệp”.',
    );
    const shots = process.env.UX_SHOTS_DIR;
    if (shots) {
      await writer.page.setViewportSize({ width: 1440, height: 900 });
      await writer.page.screenshot({ path: `${shots}/empty-writer-1440.png` });
      await reader.page.setViewportSize({ width: 390, height: 844 });
      await reader.page.screenshot({ path: `${shots}/empty-reader-390.png` });
    }

    await writer.page.getByTestId('editor-content').click();
    await writer.page.keyboard.type('Công nghiệp chế biến là trụ cột.');
    await waitFor(
      async () => (await writerHint.count()) === 0 && (await readerHint.count()) === 0,
      {
        ...WAIT,
        message: 'the empty-section note gone for both once text is written',
      },
    );
  });
});
