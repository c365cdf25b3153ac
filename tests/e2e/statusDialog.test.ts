/**
 * The status dialog never proposes a backwards move (issue 17, item 2). It preselects the next
 * step forward, or nothing when none is allowed; sending a section back is listed apart and needs
 * a reason, which the status history then shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  launchBrowser,
  openSection,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };
const SHOTS = process.env.UX_SHOTS_DIR ?? ARTIFACTS_DIR;

async function openDialog(page: Page) {
  await page.getByTestId('status-change-open').click();
  const dialog = page.getByTestId('status-dialog');
  await dialog.waitFor();
  return dialog;
}

const BACK = 'Trả về bước trước (cần lý do)';
const FORWARD = 'Bước tiếp theo';

/** The select's current value. */
function chosen(page: Page): Promise<string> {
  return page.getByTestId('status-select').inputValue();
}

/** The values of the options listed under the option group `label`. */
async function group(page: Page, label: string): Promise<string[]> {
  const options = await page
    .getByTestId('status-select')
    .locator(`optgroup[label="${label}"] option`)
    .all();
  return Promise.all(options.map(async (o) => (await o.getAttribute('value')) ?? ''));
}

describe('status dialog preselection', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: UserPage;
  let consultant: UserPage;
  let coordinator: UserPage;

  beforeAll(async () => {
    server = await startServerWithClient();
    browser = await launchBrowser();
    owner = await signIn(browser, server, 'sct');
    consultant = await signIn(browser, server, 'tv');
    coordinator = await signIn(browser, server, 'skhdt');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('proposes the owner’s next step, and sending back needs a reason', async () => {
    await openSection(owner, server, 'S3_1'); // Dự thảo
    const dialog = await openDialog(owner.page);
    await expect(chosen(owner.page)).resolves.toBe('DA_GUI_TU_VAN');
    await expect(group(owner.page, BACK)).resolves.toEqual(['CHUA_BAT_DAU']);

    await dialog.getByTestId('status-select').selectOption('CHUA_BAT_DAU');
    const submit = dialog.getByTestId('status-submit');
    await expect(submit.isDisabled()).resolves.toBe(true);
    await expect(dialog.getByTestId('status-hint').textContent()).resolves.toContain('trả về');
    await expect(dialog.getByText('Lý do trả về (bắt buộc)').count()).resolves.toBe(1);
    await dialog.getByTestId('status-note').fill('   ');
    await expect(submit.isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('status-note').fill('Chưa có số liệu năm 2025');
    await expect(submit.isDisabled()).resolves.toBe(false);
    await owner.page.setViewportSize({ width: 1440, height: 900 });
    await owner.page.screenshot({ path: `${SHOTS}/status-back-1440.png` });
    await owner.page.setViewportSize({ width: 390, height: 844 });
    await owner.page.screenshot({ path: `${SHOTS}/status-back-390.png` });
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    const history = owner.page.getByTestId('status-history');
    await waitFor(async () => (await history.textContent())?.includes('Chưa có số liệu năm 2025'), {
      ...WAIT,
      message: 'the reason in the status history',
    });
  });

  it('proposes the consultant’s next review step, never a return to draft', async () => {
    await openSection(consultant, server, 'S1_7'); // Đã gửi tư vấn tích hợp
    await openDialog(consultant.page);
    await expect(chosen(consultant.page)).resolves.toBe('DANG_GOP_Y');
    expect((await group(consultant.page, FORWARD))[0]).toBe('DANG_GOP_Y');
    await expect(group(consultant.page, BACK)).resolves.toEqual(['DU_THAO']);
    await consultant.page.setViewportSize({ width: 1440, height: 900 });
    await consultant.page.screenshot({ path: `${SHOTS}/status-forward-1440.png` });
  });

  it('proposes nothing when no step lies forward', async () => {
    await openSection(coordinator, server, 'S3_3');
    let dialog = await openDialog(coordinator.page);
    await dialog.getByTestId('status-select').selectOption('DA_DUYET_KHOA');
    await dialog.getByTestId('status-submit').click();
    await dialog.waitFor({ state: 'detached' });

    dialog = await openDialog(coordinator.page);
    await expect(chosen(coordinator.page)).resolves.toBe('');
    await expect(dialog.getByTestId('status-submit').isDisabled()).resolves.toBe(true);
  });
});
