/**
 * Vietnamese by default (login page, outline, section), English after the switch (texts and
 * <html lang>), and the choice survives a reload and a logout. Numbers and dates shown are in
 * the vi-VN format.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  launchBrowser,
  openSectionFromOutline,
  recordPageLog,
  snapshotClient,
  startServerWithClient,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SECTION = 'S3_1';

const htmlLang = async (page: Page): Promise<unknown> =>
  page.evaluate('document.documentElement.lang');

/** Every date-looking string on the page (d/m/yyyy with any separator, or ISO). */
async function datesShown(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/g) ?? [];
}

/** A shown date must read dd/mm/yyyy (vi-VN): never ISO or month-first. */
function expectVietnameseDates(dates: string[]): void {
  for (const date of dates) {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date);
    expect(match, `date "${date}" is not dd/mm/yyyy`).not.toBeNull();
    const day = Number(match?.[1]);
    const month = Number(match?.[2]);
    expect(day).toBeGreaterThanOrEqual(1);
    expect(day).toBeLessThanOrEqual(31);
    expect(month).toBeGreaterThanOrEqual(1);
    expect(month).toBeLessThanOrEqual(12);
  }
}

describe('interface language', () => {
  let browser: Browser;
  let server: TestServer | null = null;
  let context: BrowserContext | null = null;

  let clientDir = '';

  beforeAll(async () => {
    clientDir = await snapshotClient();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context?.close();
    context = null;
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

  it('is Vietnamese by default and English after the switch, also after a reload', async () => {
    server = await startServerWithClient({ config: { clientDir } });
    context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'vi-VN',
    });
    const page = await context.newPage();
    recordPageLog(page);
    await page.goto(server.origin);

    // The login page, in Vietnamese.
    const form = page.getByTestId('login-form');
    await form.waitFor();
    expect(await htmlLang(page)).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    const loginText = await page.locator('body').textContent();
    expect(loginText).toContain('Hệ thống soạn thảo quy hoạch tỉnh');
    expect(loginText).toContain('Tên đăng nhập');
    expect(loginText).toContain('Mật khẩu');
    expect(await page.getByTestId('login-submit').textContent()).toBe('Đăng nhập');
    expect(await page.getByTestId('lang-vi').getAttribute('aria-pressed')).toBe('true');

    // A wrong password is explained in Vietnamese.
    await page.getByTestId('login-username').fill('sct');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.getByTestId('login-error').textContent(), WAIT)
      .toBe('Sai tên đăng nhập hoặc mật khẩu');

    // Sign in: the plan outline, in Vietnamese.
    await page.getByTestId('login-password').fill('demo-2030');
    await page.getByTestId('login-submit').click();
    const outline = page.getByTestId('outline');
    await outline.waitFor();
    await page.getByRole('heading', { name: 'Đề cương quy hoạch' }).waitFor();
    const headers = await outline.locator('thead th').allTextContents();
    expect(headers).toEqual(['Số mục', 'Tên mục', 'Cơ quan chủ trì', 'Trạng thái', 'Hạn']);
    const row = page.getByTestId(`outline-row-${SECTION}`);
    expect(await row.textContent()).toContain('Phát triển công nghiệp');
    expect(await row.textContent()).toContain('Sở Công Thương');
    expect(await row.textContent()).toContain('Dự thảo');
    expect(await page.getByTestId('outline-row-S3_6').textContent()).toContain('Chưa bắt đầu');
    expect(await page.getByTestId('toc').textContent()).toContain('Mục lục');
    expect(await page.getByTestId('logout').textContent()).toBe('Đăng xuất');
    expect(await page.getByTestId('current-user').textContent()).toContain('Cán bộ soạn thảo');
    await expect
      .poll(() => page.getByTestId('plan-live').textContent(), WAIT)
      .toBe('Cập nhật trực tiếp');
    // The section count goes through the vi-VN number format ("47 mục").
    const sectionCount = await outline.locator('tbody tr').count();
    expect(await page.locator('body').textContent()).toContain(
      `${new Intl.NumberFormat('vi-VN').format(sectionCount)} mục`,
    );
    // Dates, where the outline shows any (the demo sets no due dates), are dd/mm/yyyy.
    expectVietnameseDates(await datesShown(page));

    // Switch to English: texts and <html lang> change at once.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => htmlLang(page), WAIT).toBe('en');
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { name: 'Plan outline' }).waitFor();
    expect(await outline.locator('thead th').allTextContents()).toEqual([
      'No.',
      'Section',
      'Lead agency',
      'Status',
      'Due',
    ]);
    expect(await row.textContent()).toContain('Industry');
    expect(await row.textContent()).toContain('Department of Industry and Trade');
    expect(await row.textContent()).toContain('Draft');
    expect(await row.textContent()).not.toContain('Dự thảo');
    expect(await page.getByTestId('outline-row-S3_6').textContent()).toContain('Not started');
    expect(await page.getByTestId('toc').textContent()).toContain('Contents');
    expect(await page.getByTestId('logout').textContent()).toBe('Log out');
    expect(await page.getByTestId('current-user').textContent()).toContain('Drafting officer');
    expect(await page.locator('body').textContent()).toContain(`${sectionCount} sections`);
    expect(await page.locator('body').textContent()).not.toContain('Đề cương quy hoạch');

    // Still English after a reload.
    await page.reload();
    await outline.waitFor();
    await page.getByRole('heading', { name: 'Plan outline' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await row.textContent()).toContain('Draft');
    expect(await page.getByTestId('logout').textContent()).toBe('Log out');

    // The section screen follows the language too.
    await openSectionFromOutline(page, SECTION);
    const header = page.getByTestId('section-header');
    expect(await header.textContent()).toContain('Industry');
    expect(await page.getByTestId('section-owner').textContent()).toBe(
      'Lead: Department of Industry and Trade',
    );
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    expect(await page.getByTestId('connection-state').textContent()).toBe('Saved');
    expect(await page.getByTestId('presence-list').textContent()).toContain('In this section');
    expectVietnameseDates(await datesShown(page));

    // Back to Vietnamese on the same screen.
    await page.getByTestId('lang-vi').click();
    await expect.poll(() => htmlLang(page), WAIT).toBe('vi');
    expect(await page.getByTestId('section-owner').textContent()).toBe('Chủ trì: Sở Công Thương');
    await expect
      .poll(() => page.getByTestId('connection-state').textContent(), WAIT)
      .toBe('Đã lưu');
    expect(await header.textContent()).toContain('Phát triển công nghiệp');

    // English again, then log out: the login page stays English.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => htmlLang(page), WAIT).toBe('en');
    await page.getByTestId('logout').click();
    await form.waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByTestId('login-submit').textContent()).toBe('Sign in');
    expect(await htmlLang(page)).toBe('en');
  });
});
