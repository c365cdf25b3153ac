import fs from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, tempDir, type StartOptions, type TestServer } from './server.js';
import { waitFor } from './waitFor.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = path.resolve('test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** PlanFold serving the built client (`npm run build` first; `npm run test:e2e` does). */
export function startServerWithClient(options: StartOptions = {}): Promise<TestServer> {
  return startServer({
    ...options,
    config: { clientDir: path.resolve('dist/client'), ...options.config },
  });
}

/**
 * A private copy of the built client (`dist/client`) for one test file, served with
 * `startServerWithClient({ config: { clientDir } })`: a `vite build` running meanwhile (it
 * empties `dist/client` and writes new hashed chunks) cannot pull a lazily loaded chunk from
 * under an open page. Waits until the copy is complete: index.html and every chunk it names.
 */
export function snapshotClient(source = path.resolve('dist/client')): Promise<string> {
  // While a build is writing dist/client the copy is incomplete: copy again until it is not.
  return waitFor(
    () => {
      const target = tempDir('planfold-client-');
      let complete = false;
      try {
        fs.cpSync(source, target, { recursive: true });
        complete = missingAssets(target).length === 0;
      } catch {
        // dist/client, index.html or assets/ is missing right now
      }
      if (complete) return target;
      fs.rmSync(target, { recursive: true, force: true });
      return null;
    },
    {
      timeout: 60_000,
      interval: 250,
      message: 'a complete copy of dist/client (is it built? `npx vite build`)',
    },
  );
}

/** Files named by index.html and by the chunks (imports of `./x.js`, `assets/x.css`) that are absent. */
function missingAssets(root: string): string[] {
  const named = new Set<string>();
  const collect = (text: string) => {
    for (const match of text.matchAll(/(?:\/assets\/|\.\/|assets\/)([\w.-]+\.(?:js|css))\b/g))
      if (match[1]) named.add(match[1]);
  };
  collect(fs.readFileSync(path.join(root, 'index.html'), 'utf8'));
  const assets = path.join(root, 'assets');
  for (const file of fs.readdirSync(assets))
    if (file.endsWith('.js')) collect(fs.readFileSync(path.join(assets, file), 'utf8'));
  if (named.size === 0) return ['index.html names no assets'];
  return [...named].filter((file) => !fs.existsSync(path.join(assets, file)));
}

export interface UserPage {
  context: BrowserContext;
  page: Page;
}

/**
 * One browser context per person: pages of one context share storage and BroadcastChannel,
 * which would let two "users" sync without the server.
 */
export async function signIn(
  browser: Browser,
  server: TestServer,
  username: string,
  password = 'demo-2030',
): Promise<UserPage> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  recordPageLog(page);
  await page.goto(server.origin);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  // The header's user box exists on every signed-in screen (there is no `app-header` test id).
  await page.getByTestId('current-user').waitFor();
  return { context, page };
}

const pageLogs = new WeakMap<Page, string[]>();

/** Keeps the page's console errors, failed requests and uncaught errors for failure reports. */
export function recordPageLog(page: Page): void {
  const log: string[] = [];
  pageLogs.set(page, log);
  const at = () => new Date().toISOString().slice(11, 23);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log.push(`${at()} console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.push(`${at()} page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    log.push(`${at()} request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
}

/** What went wrong in the page: URL, visible text and the recorded log, for an error message. */
export async function describePage(page: Page): Promise<string> {
  let text = '';
  try {
    text = (await page.locator('body').innerText({ timeout: 2000 })).slice(0, 1500);
  } catch (error) {
    text = `(no text: ${error instanceof Error ? error.message : String(error)})`;
  }
  const log = pageLogs.get(page) ?? [];
  return `url: ${page.url()}\nlog:\n${log.slice(-30).join('\n')}\ntext:\n${text}`;
}

/** The demo plan seeded on first start (`server/seed/lang-son-plan.json`). */
export const DEMO_PLAN_ID = 'QHT-LS-2021-2030';

/** Opens a section by clicking its title in the plan outline; resolves with the editor. */
export async function openSectionFromOutline(page: Page, sectionId: string): Promise<Locator> {
  await page.getByTestId(`outline-row-${sectionId}`).getByRole('link').click();
  const editor = page.getByTestId('editor-content');
  try {
    await editor.waitFor();
  } catch (error) {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const shot = path.join(ARTIFACTS_DIR, `open-${sectionId}-failed-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(
      `section ${sectionId} did not open (${cause}); screenshot ${shot}\n${await describePage(page)}`,
    );
  }
  return editor;
}

/**
 * The editor's paragraphs as text, without the remote caret widgets ("Name · SCT") that
 * y-prosemirror renders inside the paragraphs; with `{ carets: true }` each caret is written
 * in place as `[Name · SCT]` instead. Runs in the page (the tests have no DOM lib).
 */
export async function editorParagraphs(
  page: Page,
  { carets = false }: { carets?: boolean } = {},
): Promise<string[]> {
  const texts: unknown = await page.evaluate(`
    Array.from(document.querySelectorAll('[data-testid="editor-content"] p')).map((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => {
        if (${String(carets)}) caret.replaceWith('[' + (caret.textContent || '') + ']');
        else caret.remove();
      });
      return (copy.textContent || '').replace(/\u2060/g, '');
    })
  `);
  if (!Array.isArray(texts)) throw new Error('editor paragraphs: unexpected answer');
  return texts.map(String);
}

/** The editor's text, paragraphs joined with newlines, caret labels removed. */
export async function editorText(page: Page): Promise<string> {
  return (await editorParagraphs(page)).join('\n');
}

/** The labels of the other people's carets shown in this page's editor. */
export function caretLabels(page: Page): Promise<string[]> {
  return page
    .getByTestId('editor-content')
    .locator('.collaboration-carets__label')
    .allTextContents();
}

/** `connection-state`'s data-state: connecting, saved, saving, offline or not-found. */
export async function connectionState(page: Page): Promise<string | null> {
  return page.getByTestId('connection-state').getAttribute('data-state');
}

/** Opens a section by its address and waits for the editor. */
export async function openSection(
  person: UserPage,
  server: TestServer,
  sectionId: string,
): Promise<void> {
  await person.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/sections/${sectionId}`);
  await person.page.getByTestId('editor-content').waitFor();
}

export interface CoordinatorAndOfficer {
  browser: Browser;
  server: TestServer;
  /** `skhdt`, of Sở Kế hoạch và Đầu tư. */
  coordinator: UserPage;
  /** `sct`, of Sở Công Thương. */
  officer: UserPage;
}

/**
 * One PlanFold with the built client for a whole describe block, and two people signed in:
 * the coordinator and an officer of the agency owning III.1. Registers its own hooks; the
 * object is filled in by beforeAll.
 */
export function useCoordinatorAndOfficer(): CoordinatorAndOfficer {
  const fixture = {} as CoordinatorAndOfficer;
  beforeAll(async () => {
    fixture.server = await startServerWithClient();
    fixture.browser = await launchBrowser();
    fixture.coordinator = await signIn(fixture.browser, fixture.server, 'skhdt');
    fixture.officer = await signIn(fixture.browser, fixture.server, 'sct');
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
  });
  return fixture;
}
