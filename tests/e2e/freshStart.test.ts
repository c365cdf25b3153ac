/**
 * A province from zero, as the "done when" says: an empty store, the administrator the
 * command line created, and everything else done in the browser — agencies, an account and a
 * plan from the outline template — until the new officer writes in their agency's section.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminSetup } from '../../server/admin/setup.js';
import {
  connectionState,
  launchBrowser,
  recordPageLog,
  signIn,
  snapshotClient,
  startServerWithClient,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const PLAN = 'QHT-CB-2021-2030';

describe('a province starts from zero in the browser', () => {
  let browser: Browser;
  let server: TestServer;
  let clientDir = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
    server = await startServerWithClient({ config: { clientDir, seedDemo: false } });
    await new AdminSetup(server.planfold.store.db).createAdmin({
      username: 'quantri',
      name: 'Quản trị Cao Bằng',
      agency: null,
      password: 'Cao-Bang-quan-tri-2030',
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser.close();
    await server.stop();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('the administrator creates agencies, an account and a plan; the officer writes', async () => {
    const admin = await signIn(browser, server, 'quantri', 'Cao-Bang-quan-tri-2030');
    contexts.push(admin.context);
    const { page } = admin;
    await expect
      .poll(() => page.locator('main').textContent(), WAIT)
      .toContain('Chưa có quy hoạch nào');

    await page.goto(`${server.origin}/admin/agencies`);
    const addAgency = async (code: string, nameVi: string, nameEn: string, kind: string) => {
      await page.getByTestId('new-agency-code').fill(code);
      await page.getByTestId('new-agency-name-vi').fill(nameVi);
      await page.getByTestId('new-agency-name-en').fill(nameEn);
      await page.getByTestId('new-agency-kind').selectOption(kind);
      await page.getByTestId('new-agency-submit').click();
      await page.getByTestId(`agency-row-${code}`).waitFor();
    };
    await addAgency(
      'SKHDT',
      'Sở Kế hoạch và Đầu tư',
      'Department of Planning and Investment',
      'coordinator',
    );
    await addAgency('SCT', 'Sở Công Thương', 'Department of Industry and Trade', 'department');

    await page.getByTestId('admin-tab-users').click();
    await page.getByTestId('new-user-username').fill('sct-cb');
    await page.getByTestId('new-user-name').fill('Nông Văn Bình');
    await page.getByTestId('new-user-agency').selectOption('SCT');
    await page.getByTestId('new-user-submit').click();
    const notice = page.getByTestId('admin-notice');
    await expect.poll(() => notice.textContent(), WAIT).toMatch(/Mật khẩu tạm của sct-cb/);
    const temporary = /([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec(
      (await notice.textContent()) ?? '',
    )?.[1];
    expect(temporary).toBeDefined();

    await page.getByTestId('admin-tab-plans').click();
    await page.getByTestId('new-plan-code').fill(PLAN);
    await page.getByTestId('new-plan-province').fill('Cao Bằng');
    await page
      .getByTestId('new-plan-title-vi')
      .fill('Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050');
    await page.getByTestId('new-plan-submit').click();
    await page.getByTestId(`plan-row-${PLAN}`).waitFor();

    // The officer: temporary password, replaced, then the plan opens directly (the only one).
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
    });
    contexts.push(context);
    const officer = await context.newPage();
    recordPageLog(officer);
    await officer.goto(server.origin);
    await officer.getByTestId('login-username').fill('sct-cb');
    await officer.getByTestId('login-password').fill(temporary ?? '');
    await officer.getByTestId('login-submit').click();
    await officer.getByTestId('forced-password-change').waitFor();
    await officer.getByTestId('password-current').fill(temporary ?? '');
    await officer.getByTestId('password-new').fill('Cong-thuong-Cao-Bang-2030');
    await officer.getByTestId('password-again').fill('Cong-thuong-Cao-Bang-2030');
    await officer.getByTestId('password-submit').click();
    await officer.waitForURL(`**/plans/${PLAN}`, WAIT);
    await expect
      .poll(() => officer.locator(`[data-testid^="outline-row-${PLAN}_"]`).count(), WAIT)
      .toBe(47);

    await officer.goto(`${server.origin}/plans/${PLAN}/sections/${PLAN}_S3_1`);
    const editor = officer.getByTestId('editor-content');
    await editor.waitFor();
    await expect.poll(() => editor.getAttribute('contenteditable'), WAIT).toBe('true');
    await editor.click();
    await officer.keyboard.type('Phát triển công nghiệp chế biến nông, lâm sản của tỉnh Cao Bằng.');
    await expect.poll(() => connectionState(officer), WAIT).toBe('saved');
    await expect.poll(() => editor.textContent(), WAIT).toContain('tỉnh Cao Bằng');
  });
});
