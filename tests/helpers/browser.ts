import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type StartOptions, type TestServer } from './server.js';

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
  await page.goto(server.origin);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('app-header').waitFor();
  return { context, page };
}
