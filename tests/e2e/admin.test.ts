/**
 * A province's administrator at work in the browser: creates an account, whose owner signs in
 * with the temporary password, is made to replace it, and then writes in their agency's section.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  DEMO_PLAN_ID,
  launchBrowser,
  recordPageLog,
  signIn,
  snapshotClient,
  startServerWithClient,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = process.env.PLANFOLD_SHOTS_DIR;

describe('administration in the browser', () => {
  let browser: Browser;
  let server: TestServer;
  let clientDir = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
    server = await startServerWithClient({ config: { clientDir } });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser.close();
    await server.stop();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('the admin creates a user who signs in, replaces the temporary password and writes', async () => {
    const admin = await signIn(browser, server, 'admin');
    contexts.push(admin.context);
    await admin.page.getByTestId('nav-admin').click();
    await admin.page.getByTestId('users-page').waitFor();
    await admin.page.getByTestId('new-user-username').fill('sct-moi');
    await admin.page.getByTestId('new-user-name').fill('Lương Thị Thu');
    await admin.page.getByTestId('new-user-agency').selectOption('SCT');
    await admin.page.getByTestId('new-user-submit').click();
    const notice = admin.page.getByTestId('admin-notice');
    await expect.poll(() => notice.textContent(), WAIT).toMatch(/Mật khẩu tạm của sct-moi/);
    const temporary = /([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})/.exec(
      (await notice.textContent()) ?? '',
    )?.[1];
    expect(temporary).toBeDefined();
    await admin.page.getByTestId('user-row-sct-moi').waitFor();

    // A taken username: the refusal in Vietnamese, not the server's English.
    await admin.page.getByTestId('new-user-username').fill('sct');
    await admin.page.getByTestId('new-user-name').fill('Trùng tên');
    await admin.page.getByTestId('new-user-submit').click();
    await expect
      .poll(() => admin.page.getByTestId('new-user-error').textContent(), WAIT)
      .toContain('Tên đăng nhập này đã có người dùng');
    if (SHOTS) {
      await admin.page.screenshot({ path: path.join(SHOTS, 'users-1440.png') });
      await admin.page.setViewportSize({ width: 390, height: 844 });
      await admin.page.screenshot({ path: path.join(SHOTS, 'users-390.png') });
    }

    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
    });
    contexts.push(context);
    const page = await context.newPage();
    recordPageLog(page);
    await page.goto(server.origin);
    await page.getByTestId('login-username').fill('sct-moi');
    await page.getByTestId('login-password').fill(temporary ?? '');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('forced-password-change').waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'forced-change-1440.png') });

    await page.getByTestId('password-current').fill(temporary ?? '');
    await page.getByTestId('password-new').fill('qwertyuiop');
    await page.getByTestId('password-again').fill('qwertyuiop');
    await page.getByTestId('password-submit').click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), WAIT)
      .toContain('quá phổ biến');

    await page.getByTestId('password-new').fill('Cong-thuong-Lang-Son-2030');
    await page.getByTestId('password-again').fill('Cong-thuong-Lang-Son-2030');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('current-user').waitFor();

    await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/sections/S3_1`);
    const editor = page.getByTestId('editor-content');
    await editor.waitFor();
    await expect.poll(() => editor.getAttribute('contenteditable'), WAIT).toBe('true');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Đoạn do cán bộ mới của Sở Công Thương viết.');
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    await expect.poll(() => editor.textContent(), WAIT).toContain('cán bộ mới của Sở Công Thương');
  });

  it('the admin adds an agency, renames it and retires it; a retired agency cannot be picked', async () => {
    const admin = await signIn(browser, server, 'admin');
    contexts.push(admin.context);
    const { page } = admin;
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-tab-agencies').click();
    await page.getByTestId('agencies-page').waitFor();
    await page.getByTestId('new-agency-code').fill('ttxt');
    await page.getByTestId('new-agency-name-vi').fill('Trung tâm Xúc tiến');
    await page.getByTestId('new-agency-name-en').fill('Promotion Centre');
    await page.getByTestId('new-agency-submit').click();
    const row = page.getByTestId('agency-row-TTXT');
    await row.waitFor();
    await expect
      .poll(() => page.getByTestId('admin-notice').textContent(), WAIT)
      .toContain('Đã thêm cơ quan TTXT');

    await row
      .getByTestId('agency-name-vi')
      .fill('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch');
    await row.getByTestId('agency-save').click();
    await expect
      .poll(() => page.getByTestId('admin-notice').textContent(), WAIT)
      .toContain('Đã lưu thay đổi của cơ quan TTXT');
    await row.getByTestId('agency-toggle').click();
    await expect
      .poll(() => row.getByTestId('agency-state').textContent(), WAIT)
      .toBe('Ngừng hoạt động');

    // A taken code: the refusal in Vietnamese.
    await page.getByTestId('new-agency-code').fill('SCT');
    await page.getByTestId('new-agency-name-vi').fill('Trùng mã');
    await page.getByTestId('new-agency-name-en').fill('Taken');
    await page.getByTestId('new-agency-submit').click();
    await expect
      .poll(() => page.getByTestId('new-agency-error').textContent(), WAIT)
      .toContain('Mã cơ quan này đã có');
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, 'agencies-1440.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'agencies-390.png') });
      await page.setViewportSize({ width: 1400, height: 900 });
    }

    // The accounts page offers it, renamed, but not to be chosen.
    await page.getByTestId('admin-tab-users').click();
    const option = page.getByTestId('new-user-agency').locator('option[value="TTXT"]');
    await expect
      .poll(() => option.textContent(), WAIT)
      .toBe('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (ngừng hoạt động)');
    expect(await option.isDisabled()).toBe(true);
  });

  it('the admin creates a plan from the outline template, then archives it', async () => {
    const { page, context } = await signIn(browser, server, 'admin');
    contexts.push(context);
    await page.goto(`${server.origin}/admin/plans`);
    await page.getByTestId('plans-page').waitFor();
    await page.getByTestId('new-plan-code').fill('qht-cb-2021-2030');
    await page.getByTestId('new-plan-province').fill('Cao Bằng');
    await page
      .getByTestId('new-plan-title-vi')
      .fill('Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050');
    await page.getByTestId('new-plan-submit').click();
    await expect
      .poll(() => page.getByTestId('admin-notice').textContent(), WAIT)
      .toContain('Đã tạo quy hoạch QHT-CB-2021-2030');
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, 'plans-1440.png'), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'plans-390.png'), fullPage: true });
      await page.setViewportSize({ width: 1400, height: 900 });
    }

    // Home lists both plans; the new one opens with the whole outline.
    await page.goto(server.origin);
    await page.getByTestId('plan-item-QHT-CB-2021-2030').getByRole('link').click();
    const rows = page.locator('[data-testid^="outline-row-QHT-CB-2021-2030_"]');
    await expect.poll(() => rows.count(), WAIT).toBe(47);

    await page.goto(`${server.origin}/admin/plans`);
    const row = page.getByTestId('plan-row-QHT-CB-2021-2030');
    await row.getByTestId('plan-toggle').click();
    await expect.poll(() => row.getByTestId('plan-state').textContent(), WAIT).toBe('Đã lưu trữ');
    await page.goto(`${server.origin}/plans/QHT-CB-2021-2030`);
    await page.getByTestId('plan-archived').waitFor();
    // Its owner finds the section read-only, with the plan's banner saying why.
    const sct = await signIn(browser, server, 'sct');
    contexts.push(sct.context);
    await sct.page.goto(`${server.origin}/plans/QHT-CB-2021-2030/sections/QHT-CB-2021-2030_S3_1`);
    await sct.page.getByTestId('plan-archived').waitFor();
    const editor = sct.page.getByTestId('editor-content');
    await editor.waitFor();
    await expect.poll(() => editor.getAttribute('contenteditable'), WAIT).toBe('false');
    // The default list holds only the demo again, which opens directly.
    await page.goto(server.origin);
    await page.waitForURL(`**/plans/${DEMO_PLAN_ID}`, WAIT);
  });
});
