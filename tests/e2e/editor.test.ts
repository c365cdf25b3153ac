/**
 * Two officers of Sở Công Thương write section III.1 together in two browsers: each sees the
 * other's text, caret label and presence; the save state reaches "Đã lưu"; the text survives a
 * reload and a server restart on the same port and data directory. Writes the editor screenshot
 * (test-results/editor.png; with UPDATE_SCREENSHOT=1 also the README's docs/screenshot.png).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PublicUser } from '../../shared/model.js';
import { login } from '../helpers/api.js';
import {
  ARTIFACTS_DIR,
  caretLabels,
  connectionState,
  editorParagraphs,
  editorText,
  launchBrowser,
  openSectionFromOutline,
  signIn,
  snapshotClient,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const SECTION = 'S3_1';
const WAIT = { timeout: 15_000, interval: 50 };

const TEXT_A =
  'Công nghiệp chế biến nông lâm sản và vật liệu xây dựng là hai ngành trụ cột của tỉnh.';
const TEXT_B =
  'Ưu tiên thu hút đầu tư vào các khu công nghiệp gắn với cửa khẩu Hữu Nghị và Đồng Đăng.';

describe('co-editing a section in the browser', () => {
  let browser: Browser;
  let server: TestServer | null = null;
  const people: UserPage[] = [];

  let clientDir = '';

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const person of people.splice(0)) await person.context.close();
    if (server) {
      await server.stop();
      fs.rmSync(server.dataDir, { recursive: true, force: true });
    }
    server = null;
  });

  afterAll(async () => {
    await browser.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  async function person(username: string): Promise<UserPage> {
    if (!server) throw new Error('no server');
    const signedIn = await signIn(browser, server, username);
    people.push(signedIn);
    return signedIn;
  }

  it('two users of one agency see each other, and the text survives reload and restart', async () => {
    server = await startServerWithClient({ config: { clientDir } });
    const users: Record<string, PublicUser> = {};
    for (const username of ['sct', 'sct2']) users[username] = (await login(server, username)).user;
    const sct = users.sct!;
    const sct2 = users.sct2!;

    const a = await person('sct');
    const b = await person('sct2');

    // Both open III.1 from the outline; it belongs to Sở Công Thương and is a draft.
    for (const { page } of [a, b]) {
      await page.getByTestId('outline').waitFor();
      const row = page.getByTestId(`outline-row-${SECTION}`);
      expect(await row.textContent()).toContain('Phát triển công nghiệp');
      expect(await row.textContent()).toContain('Dự thảo');
      await openSectionFromOutline(page, SECTION);
      const header = page.getByTestId('section-header');
      expect(await header.textContent()).toContain('III.1');
      expect(await header.textContent()).toContain('Phát triển công nghiệp');
      expect(await header.textContent()).toContain('Dự thảo');
      expect(await page.getByTestId('section-owner').textContent()).toContain('Sở Công Thương');
      expect(await page.getByTestId('editor-content').getAttribute('contenteditable')).toBe('true');
      await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    }

    // Each sees the other in the presence list before anyone types.
    await expect
      .poll(() => a.page.getByTestId('presence-list').textContent(), WAIT)
      .toContain(sct2.name);
    await expect
      .poll(() => b.page.getByTestId('presence-list').textContent(), WAIT)
      .toContain(sct.name);

    // A writes the first paragraph; B sees it.
    await a.page.getByTestId('editor-content').click();
    await a.page.keyboard.type(TEXT_A);
    await expect.poll(() => editorText(b.page), WAIT).toBe(TEXT_A);

    // B puts the caret after A's text; A sees B's labelled caret there. (Waiting for it also
    // makes sure B's editor has taken the new selection before B presses Enter.)
    await b.page.getByTestId('editor-content').click();
    await b.page.keyboard.press('Control+End');
    await expect
      .poll(() => editorParagraphs(a.page, { carets: true }), WAIT)
      .toEqual([`${TEXT_A}[${sct2.name} · SCT]`]);

    // B adds a second paragraph after it; A sees it.
    await b.page.keyboard.press('Enter');
    await b.page.keyboard.type(TEXT_B);
    await expect.poll(() => editorParagraphs(a.page), WAIT).toEqual([TEXT_A, TEXT_B]);
    await expect.poll(() => editorParagraphs(b.page), WAIT).toEqual([TEXT_A, TEXT_B]);

    // Each sees the other's caret, labelled "Name · SCT", and never their own.
    await expect.poll(() => caretLabels(a.page), WAIT).toEqual([`${sct2.name} · SCT`]);
    await expect.poll(() => caretLabels(b.page), WAIT).toEqual([`${sct.name} · SCT`]);

    // Both writers' changes are confirmed by the server.
    await expect.poll(() => connectionState(a.page), WAIT).toBe('saved');
    await expect.poll(() => connectionState(b.page), WAIT).toBe('saved');
    expect(await a.page.getByTestId('connection-state').textContent()).toContain('Đã lưu');

    // The README screenshot: Vietnamese UI, 1400×900, both texts and sct2's caret in sct's view.
    expect(a.page.viewportSize()).toEqual({ width: 1400, height: 900 });
    expect(await a.page.evaluate('document.documentElement.lang')).toBe('vi');
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const shot = path.join(ARTIFACTS_DIR, 'editor.png');
    await a.page.screenshot({ path: shot });
    fs.mkdirSync(path.resolve('docs'), { recursive: true });
    // A test run must not change tracked files; refresh the README picture on purpose only.
    if (process.env.UPDATE_SCREENSHOT === '1') {
      fs.copyFileSync(shot, path.resolve('docs/screenshot.png'));
    }
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    // The reloader gets the text back.
    await b.page.reload();
    await b.page.getByTestId('editor-content').waitFor();
    await expect.poll(() => editorParagraphs(b.page), WAIT).toEqual([TEXT_A, TEXT_B]);
    await expect.poll(() => connectionState(b.page), WAIT).toBe('saved');

    // Restart PlanFold on the same port and data directory.
    const { dataDir, port } = server;
    await server.stop();
    server = null;
    // A stopping server closes with 1012: the page says it is restarting, not that it is offline.
    await expect.poll(() => connectionState(b.page), WAIT).toBe('restarting');
    server = await startServerWithClient({ dataDir, port, config: { clientDir } });

    // B's page, left open, reconnects to the restarted server by itself.
    await expect.poll(() => connectionState(b.page), WAIT).toBe('saved');
    expect(await editorParagraphs(b.page)).toEqual([TEXT_A, TEXT_B]);

    // The open page, reloaded, shows the text from the restarted server.
    await a.page.reload();
    await a.page.getByTestId('editor-content').waitFor();
    await expect.poll(() => connectionState(a.page), WAIT).toBe('saved');
    await expect.poll(() => editorParagraphs(a.page), WAIT).toEqual([TEXT_A, TEXT_B]);

    // A fresh browser context (no IndexedDB copy) can only get the text from the server.
    const fresh = await person('sct2');
    await fresh.page.getByTestId('outline').waitFor();
    await openSectionFromOutline(fresh.page, SECTION);
    await expect.poll(() => connectionState(fresh.page), WAIT).toBe('saved');
    await expect.poll(() => editorParagraphs(fresh.page), WAIT).toEqual([TEXT_A, TEXT_B]);
  });
});
