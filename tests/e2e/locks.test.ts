/**
 * Coordinator locks in the browser. The coordinator locks III.1 while an officer of Sở Công
 * Thương is typing in it: the typist's editor turns read-only within a second with a banner
 * naming who locked it and the note; what was typed before the lock is kept on the server; what
 * the server refused is offered back as an unsent draft and the editor resets to the server's
 * state. Unlocking restores editing live. Another agency's editor sees the section read-only.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SectionLock } from '../../shared/model.js';
import { login, type ApiClient, type ApiResponse } from '../helpers/api.js';
import {
  connectionState,
  editorText,
  launchBrowser,
  openSectionFromOutline,
  signIn,
  snapshotClient,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const WAIT = { timeout: 15_000, interval: 25 };
const NOTE = 'Đã thống nhất nội dung tại cuộc họp ngày 12/6; chờ trình Ban Chỉ đạo.';

type LockReply = ApiResponse<{ section: { lock: SectionLock | null } }>;

/** The editor's contenteditable, or null while it is being remounted; never auto-waits. */
async function editable(page: Page): Promise<string | null> {
  const value: unknown = await page.evaluate(
    `document.querySelector('[data-testid="editor-content"]')?.getAttribute('contenteditable') ?? null`,
  );
  return typeof value === 'string' ? value : null;
}

interface PageGlobals {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
}

/** Resolves with the time at which the editor is seen read-only (checked every frame). */
async function readOnlyAt(page: Page): Promise<number> {
  // A function, not a string: a string predicate is eval'd in the page, which the CSP forbids.
  // (The tests are type-checked without the DOM library, hence the narrow view of `document`.)
  await page.waitForFunction(
    () =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('[data-testid="editor-content"]')
        ?.getAttribute('contenteditable') === 'false',
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return Date.now();
}

/** Chunks are unique tokens, so "was this chunk stored / refused" is a substring test. */
const chunk = (phase: string, n: number) => `${phase}${String(n).padStart(2, '0')}; `;

/** "dd/mm/yyyy" or "d/m/yyyy" of `iso` in this machine's time zone (the browser's too). */
function datePattern(iso: string): RegExp {
  const at = new Date(iso);
  const day = at.getDate();
  const month = at.getMonth() + 1;
  return new RegExp(`\\b0?${day}/0?${month}/${at.getFullYear()}\\b`);
}

interface Gate {
  /** From now on, keep the plan room's messages from reaching the page. */
  hold(): void;
  /** Deliver what was held, in order, and stop holding. */
  release(): void;
}

/**
 * Routes the plan room socket (`/collab/plan:<id>`, which tells the page about locks) through
 * the test, so that the test can hold the news of a lock back. Applies to sockets opened from
 * now on: reload the page after.
 */
async function gatePlanRoom(context: BrowserContext): Promise<Gate> {
  let holding = false;
  const held: { deliver: () => void }[] = [];
  await context.routeWebSocket(
    (url) => decodeURIComponent(url.pathname).startsWith('/collab/plan:'),
    (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (holding) held.push({ deliver: () => socket.send(message) });
        else socket.send(message);
      });
      socket.onMessage((message) => server.send(message));
    },
  );
  return {
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const { deliver } of held.splice(0)) deliver();
    },
  };
}

describe('coordinator locks in the browser', () => {
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
    await signedIn.page.getByTestId('outline').waitFor();
    await openSectionFromOutline(signedIn.page, SECTION);
    return signedIn;
  }

  /** What the server holds, as a fresh browser context (no local copy) shows it. */
  async function serverText(username: string): Promise<string> {
    const reader = await person(username);
    await expect.poll(() => connectionState(reader.page), WAIT).toBe('saved');
    const text = await editorText(reader.page);
    await reader.context.close();
    people.splice(people.indexOf(reader), 1);
    return text;
  }

  async function lock(coordinator: ApiClient): Promise<LockReply> {
    const reply: LockReply = await coordinator.request('POST', `/api/sections/${SECTION}/lock`, {
      note: NOTE,
    });
    expect(reply.status).toBe(200);
    return reply;
  }

  async function unlock(coordinator: ApiClient): Promise<void> {
    const reply = await coordinator.request('DELETE', `/api/sections/${SECTION}/lock`);
    expect(reply.status).toBe(200);
  }

  it('locks under a typist: read-only at once, earlier text kept, refused text offered back, unlock restores editing', async () => {
    server = await startServerWithClient({ config: { clientDir } });
    const coordinator = await login(server, 'skhdt');
    const typist = await person('sct');
    const { page } = typist;
    const editor = page.getByTestId('editor-content');
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    expect(await editable(page)).toBe('true');
    expect(await page.getByTestId('readonly-banner').count()).toBe(0);

    // Typing before the lock: each chunk is confirmed stored ("saved") before the next one.
    await editor.click();
    const before: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const text = chunk('truoc', n);
      await page.keyboard.type(text);
      before.push(text);
      await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    }
    expect(await editorText(page)).toBe(before.join(''));

    // Keep typing, a chunk at a time, while the coordinator locks the section.
    const seenReadOnly = readOnlyAt(page);
    seenReadOnly.catch(() => undefined); // awaited below; do not let a failure go unhandled
    let lockAnsweredAt: number | null = null;
    const lockSent = Date.now();
    const locking = lock(coordinator).then((reply) => {
      lockAnsweredAt = Date.now();
      return reply;
    });
    /** Everything typed, in order (typing only ever appends). */
    let typed = before.join('');
    /** How much of `typed` was typed before the lock was answered: the rest must be refused. */
    let typedBeforeAnswer = typed.length;
    /** Chunks typed after the lock was answered that reached the editor. */
    const landedAfterLock: string[] = [];
    const alert = page.getByTestId('refusal-alert');
    let n = 0;
    // The first chunk is typed while the lock request is on its way: no round trip in between.
    for (;;) {
      if (++n > 500) throw new Error('the editor never turned read-only');
      const text = chunk('go', n);
      const lockDone = lockAnsweredAt !== null;
      await page.keyboard.type(text);
      typed += text;
      if (!lockDone) typedBeforeAnswer = typed.length;
      // Wait until the chunk shows, or the editor is read-only or being reset after a refusal.
      const shown = await waitFor(
        async () => {
          if ((await editorText(page)).endsWith(text)) return 'shown';
          if ((await editable(page)) !== 'true' || (await alert.count()) > 0) return 'not-shown';
          return null;
        },
        { ...WAIT, message: `chunk ${text} in the editor` },
      );
      if (lockDone && shown === 'shown') landedAfterLock.push(text);
      // Stop once the editor is read-only, or the server refused a write (the editor resets).
      if (shown === 'not-shown' || (await editable(page)) !== 'true' || (await alert.count()) > 0)
        break;
    }
    const lockReply = await locking;
    const readOnlySince = await seenReadOnly;
    const answered = lockAnsweredAt ?? Date.now();
    const delay = readOnlySince - answered;
    console.info(
      `lock answered after ${answered - lockSent} ms; editor read-only ${delay} ms after that; ` +
        `${n} chunks typed meanwhile, ${landedAfterLock.length} reached the editor after the answer`,
    );
    expect(delay).toBeLessThan(1000);
    const lockInfo = lockReply.body.section.lock;
    expect(lockInfo).not.toBeNull();

    // The banner says who locked it, when, and why.
    const banner = page.getByTestId('readonly-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-reason')).toBe('locked');
    const bannerText = (await banner.textContent()) ?? '';
    expect(bannerText).toContain(coordinator.user.name);
    expect(bannerText).toContain('Sở Kế hoạch và Đầu tư');
    expect(bannerText).toContain(NOTE);
    expect(bannerText).toMatch(datePattern(lockInfo?.at ?? ''));
    expect(await editable(page)).toBe('false');

    // Did any of the typing race the lock? A refused write brings the alert; otherwise the
    // server confirms that it holds everything the typist has.
    const outcome = await waitFor(
      async () => {
        if ((await alert.count()) > 0) return 'refused';
        return (await connectionState(page)) === 'saved' ? 'all-stored' : null;
      },
      { ...WAIT, message: 'a refusal or a fully saved document' },
    );
    console.info(`race outcome: ${outcome}`);

    let draft: string;
    if (outcome === 'refused') {
      draft = await refusalDraft(page);
      // Whatever reached the editor after the lock was answered is in the draft.
      for (const text of landedAfterLock) expect(draft).toContain(text);
    } else {
      // Nothing raced the lock: force a refusal. Offline, unlocked, the typist writes; the
      // coordinator locks meanwhile; back online, the server refuses what was written offline.
      expect(landedAfterLock).toEqual([]);
      expect(await alert.count()).toBe(0);
      await unlock(coordinator);
      await expect.poll(() => editable(page), WAIT).toBe('true');
      await typist.context.setOffline(true);
      await expect.poll(() => connectionState(page), WAIT).toBe('offline');
      const storedBefore = await editorText(page);
      // Focus, not click: the editor keeps its selection at the end of the text typed so far.
      await editor.focus();
      await page.keyboard.press('Control+End');
      const offline = chunk('offline', 1);
      await page.keyboard.type(offline);
      await expect.poll(() => editorText(page), WAIT).toBe(storedBefore + offline);
      // Keys pressed while the editor was read-only went nowhere: the document is known exactly.
      typed = storedBefore + offline;
      typedBeforeAnswer = storedBefore.length;
      await lock(coordinator);
      await typist.context.setOffline(false);
      await alert.waitFor({ timeout: WAIT.timeout });
      draft = await refusalDraft(page);
      expect(draft).toBe(storedBefore + offline);
    }

    // The server kept everything typed before the lock and nothing typed after it was answered.
    const stored = await serverText('sct2');
    expect(stored.startsWith(before.join(''))).toBe(true);
    expect(typed.startsWith(stored)).toBe(true);
    expect(stored.length).toBeLessThanOrEqual(typedBeforeAnswer);
    // The draft is the typist's document when the server refused it: the server's text plus
    // the refused part, which is offered back.
    expect(typed.startsWith(draft)).toBe(true);
    expect(draft.startsWith(stored)).toBe(true);
    const refused = draft.slice(stored.length);
    console.info(`stored: "${stored}"; refused and kept as a draft: "${refused}"`);
    expect(refused.length).toBeGreaterThan(0);
    // The typist's editor was reset to exactly the server's state, and is still read-only.
    await expect.poll(() => editorText(page), WAIT).toBe(stored);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    expect(await editable(page)).toBe('false');

    // Unlock: editing comes back live, without a reload.
    await unlock(coordinator);
    await expect.poll(() => editable(page), WAIT).toBe('true');
    await expect.poll(() => banner.count(), WAIT).toBe(0);
    await editor.click();
    await page.keyboard.press('Control+End');
    const afterUnlock = chunk('sau', 1);
    await page.keyboard.type(afterUnlock);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    expect(await serverText('sct2')).toContain(afterUnlock.trim());
  });

  /** The refusal alert, and the one unsent draft it points to: returns the draft's text. */
  async function refusalDraft(page: Page): Promise<string> {
    const alert = page.getByTestId('refusal-alert');
    expect(await alert.getAttribute('data-reason')).toBe('locked');
    expect(await alert.textContent()).toContain('mục đã bị khóa');
    const drafts = page.getByTestId('unsent-drafts');
    await drafts.waitFor();
    expect(await drafts.textContent()).toContain('Bản nháp chưa gửi');
    const items = drafts.getByTestId('unsent-draft');
    await expect.poll(() => items.count(), WAIT).toBe(1);
    // The draft's text is labelled with its time: "Lưu lúc dd/mm/yyyy HH:mm".
    const text = items.first().getByLabel(/^Lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    return (await text.textContent()) ?? '';
  }

  it('refuses what was typed after the lock landed but before the page heard of it, and offers it back', async () => {
    server = await startServerWithClient({ config: { clientDir } });
    const coordinator = await login(server, 'skhdt');
    const typist = await person('sct');
    const { page } = typist;
    const gate = await gatePlanRoom(typist.context);
    await page.reload();
    const editor = page.getByTestId('editor-content');
    await editor.waitFor();
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');

    await editor.click();
    const before = chunk('truoc', 1);
    await page.keyboard.type(before);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');

    // The lock lands on the server; the page does not know yet and stays editable.
    gate.hold();
    const { body } = await lock(coordinator);
    expect(await editable(page)).toBe('true');

    // Whatever is typed now reaches the server after the lock: refused, and offered back.
    const alert = page.getByTestId('refusal-alert');
    let typed = before;
    for (let n = 1; (await alert.count()) === 0; n++) {
      if (n > 100) throw new Error('no refusal');
      const text = chunk('go', n);
      await page.keyboard.type(text);
      typed += text;
      await waitFor(
        async () => (await alert.count()) > 0 || (await editorText(page)).endsWith(text),
        { ...WAIT, message: `chunk ${text} or a refusal` },
      );
    }
    const draft = await refusalDraft(page);

    // The news of the lock arrives: read-only, with the banner.
    gate.release();
    await expect.poll(() => editable(page), WAIT).toBe('false');
    const banner = page.getByTestId('readonly-banner');
    expect(await banner.getAttribute('data-reason')).toBe('locked');
    expect(await banner.textContent()).toContain(coordinator.user.name);
    expect(await banner.textContent()).toContain(NOTE);
    expect(await banner.textContent()).toMatch(datePattern(body.section.lock?.at ?? ''));

    // The server holds exactly what was typed before the lock; the draft holds the rest.
    const stored = await serverText('sct2');
    expect(stored).toBe(before);
    expect(draft.startsWith(stored)).toBe(true);
    expect(typed.startsWith(draft)).toBe(true);
    const refused = draft.slice(stored.length);
    console.info(`stored: "${stored}"; refused and kept as a draft: "${refused}"`);
    expect(refused.length).toBeGreaterThan(0);
    await expect.poll(() => editorText(page), WAIT).toBe(stored);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
  });

  it('shows a section of another agency read-only, naming the lead agency', async () => {
    server = await startServerWithClient({ config: { clientDir } });
    const outsider = await person('sgtvt');
    const { page } = outsider;
    const banner = page.getByTestId('readonly-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-reason')).toBe('not-owner');
    expect(await banner.textContent()).toContain('Mục này do Sở Công Thương chủ trì');
    expect(await editable(page)).toBe('false');
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    // No formatting toolbar for a section one may not write.
    expect(await page.getByRole('button', { name: 'In đậm' }).count()).toBe(0);
  });
});
