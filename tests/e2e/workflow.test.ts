/**
 * The plan workflow in the browser (issue 5). The coordinator opens consultation on III.1 while
 * Sở Công Thương has it open (its editor freezes at once, with the status banner), approves III.3
 * (it shows locked in the outline), adds a late section for Sở Công Thương on the outline page
 * and renames it (both appear in the officer's open outline without a reload), sets a past due
 * date on IV.5; the dashboard then shows Sở Công Thương late with the overdue list, and the
 * officer's "Mục của tôi" shows the deadlines with "quá hạn".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { login } from '../helpers/api.js';
import {
  ARTIFACTS_DIR,
  DEMO_PLAN_ID,
  type UserPage,
  openSection,
  useCoordinatorAndOfficer,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };

/** The editor's contenteditable attribute, or null while it is (re)mounting. */
async function editable(page: Page): Promise<string | null> {
  const value: unknown = await page.evaluate(
    `document.querySelector('[data-testid="editor-content"]')?.getAttribute('contenteditable') ?? null`,
  );
  return typeof value === 'string' ? value : null;
}

async function setStatus(page: Page, status: string, note: string) {
  await page.getByTestId('status-change-open').click();
  const dialog = page.getByTestId('status-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('status-select').selectOption(status);
  await dialog.getByTestId('status-note').fill(note);
  await dialog.getByTestId('status-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('plan workflow in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let coordinator: UserPage;
  let officer: UserPage;
  beforeAll(() => ({ server, coordinator, officer } = people));

  it('opening consultation freezes the owner’s open editor at once, with the status banner', async () => {
    await openSection(officer, server, 'S3_1');
    await waitFor(async () => (await editable(officer.page)) === 'true', {
      ...WAIT,
      message: 'the officer may write III.1 in draft',
    });
    await expect(officer.page.getByTestId('readonly-banner').count()).resolves.toBe(0);

    await openSection(coordinator, server, 'S3_1');
    await setStatus(coordinator.page, 'DANG_GOP_Y', 'Mở lấy ý kiến các sở, ngành');
    const sentAt = Date.now();

    await waitFor(async () => (await editable(officer.page)) === 'false', {
      ...WAIT,
      message: 'the officer’s editor to turn read-only',
    });
    expect(Date.now() - sentAt).toBeLessThan(2_000);
    const banner = officer.page.getByTestId('readonly-banner');
    await expect(banner.getAttribute('data-reason')).resolves.toBe('status');
    await expect(banner.textContent()).resolves.toContain('Đang góp ý');
    await expect(
      officer.page.getByTestId('section-header').locator('.badge').textContent(),
    ).resolves.toBe('Đang góp ý');

    // The coordinator's history shows the move with its note; the notice is announced.
    await expect(coordinator.page.getByTestId('workflow-notice').textContent()).resolves.toContain(
      'Đang góp ý',
    );
    const history = coordinator.page.getByTestId('status-history');
    await waitFor(async () => (await history.textContent())?.includes('Dự thảo → Đang góp ý'), {
      ...WAIT,
      message: 'the status history row',
    });
    await expect(history.textContent()).resolves.toContain('Mở lấy ý kiến các sở, ngành');
    // The owner may no longer move the section during consultation: no status control.
    await expect(officer.page.getByTestId('status-change-open').count()).resolves.toBe(0);
  });

  it('approving a section locks it, and the outline shows the lock', async () => {
    await officer.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}`);
    const row = officer.page.getByTestId('outline-row-S3_3');
    await row.waitFor();
    await expect(row.locator('.lock-icon').count()).resolves.toBe(0);

    await openSection(coordinator, server, 'S3_3');
    await setStatus(coordinator.page, 'DA_DUYET_KHOA', 'Đã phê duyệt');

    await waitFor(async () => (await row.locator('.lock-icon').count()) === 1, {
      ...WAIT,
      message: 'the lock in the officer’s outline',
    });
    await expect(row.locator('.badge').textContent()).resolves.toBe('Đã phê duyệt / Khóa');
    // The coordinator's own screen now offers unlocking instead of locking.
    await coordinator.page.getByTestId('unlock-open').waitFor();
    await expect(coordinator.page.getByTestId('lock-open').count()).resolves.toBe(0);
  });

  it('outline changes reach another user’s open outline live, with due dates', async () => {
    // The officer keeps the plan outline open from the previous step.
    const outline = officer.page.getByTestId('outline');
    await coordinator.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/outline`);
    const form = coordinator.page.getByTestId('add-section');
    await form.waitFor();
    await form.getByTestId('add-number').fill('III.11');
    await form.getByTestId('add-title-vi').fill('Phát triển thương mại điện tử');
    await form.getByTestId('add-parent').selectOption('P3');
    await form.getByTestId('add-owner').selectOption('SCT');
    await form.getByTestId('add-due').fill('2020-09-30');
    await form.getByTestId('add-submit').click();
    await waitFor(
      async () =>
        (await coordinator.page.getByTestId('outline-notice').textContent())?.includes('III.11'),
      { ...WAIT, message: 'the added notice' },
    );

    await waitFor(
      async () => (await outline.textContent())?.includes('Phát triển thương mại điện tử'),
      {
        ...WAIT,
        message: 'the new section in the officer’s outline',
      },
    );

    // Rename it inline; the officer sees the new title without reloading.
    const newRow = coordinator.page.locator('[data-testid^="manage-row-s-"]');
    await newRow.waitFor();
    const rowId = (await newRow.getAttribute('data-testid'))?.replace('manage-row-', '') ?? '';
    await coordinator.page.getByTestId(`manage-edit-${rowId}`).click();
    // Editing starts in the number field (keyboard users land in the form).
    const focused: unknown = await coordinator.page.evaluate(
      'document.activeElement?.getAttribute("data-testid") ?? null',
    );
    expect(focused).toBe(`manage-number-${rowId}`);
    const title = coordinator.page.getByTestId(`manage-title-${rowId}`);
    await title.fill('Phát triển thương mại điện tử và kinh tế số');
    await coordinator.page.getByTestId(`manage-save-${rowId}`).click();
    await waitFor(
      async () =>
        (await outline.textContent())?.includes('Phát triển thương mại điện tử và kinh tế số'),
      { ...WAIT, message: 'the renamed section in the officer’s outline' },
    );

    // A past due date on IV.5 through the outline page: it shows as late in the open outline.
    await coordinator.page.getByTestId('manage-due-S4_5').fill('2020-10-01');
    await coordinator.page.getByTestId('manage-due-S4_5').press('Enter');
    const late = officer.page.getByTestId('outline-row-S4_5').getByTestId('overdue-mark');
    await waitFor(async () => (await late.count()) === 1, {
      ...WAIT,
      message: 'IV.5 marked late in the officer’s outline',
    });
    await expect(late.textContent()).resolves.toMatch(/^quá hạn [\d.]+ ngày$/);
    await expect(
      officer.page.getByTestId('outline-row-S4_5').locator('.outline__due').textContent(),
    ).resolves.toContain('01/10/2020');
  });

  it('the dashboard shows Sở Công Thương late, with the overdue list', async () => {
    await coordinator.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/dashboard`);
    const agencyRow = coordinator.page.getByTestId('dash-agency-SCT');
    await agencyRow.waitFor();
    await expect(agencyRow.getByTestId('dash-agency-overdue').textContent()).resolves.toBe('2');
    await expect(agencyRow.locator('th').textContent()).resolves.toBe('Sở Công Thương');

    const overdue = coordinator.page.getByTestId('dash-overdue');
    await expect(overdue.getByTestId('dash-overdue-S4_5').textContent()).resolves.toContain(
      '01/10/2020',
    );
    await expect(overdue.textContent()).resolves.toContain('III.11');
    const link = overdue.getByTestId('dash-overdue-S4_5').getByRole('link');
    await expect(link.getAttribute('href')).resolves.toBe(`/plans/${DEMO_PLAN_ID}/sections/S4_5`);
    // SCT's two, and the demo's own late sections of other agencies.
    const overdueCount = Number(
      await coordinator.page.getByTestId('dash-overdue-count').textContent(),
    );
    expect(overdueCount).toBeGreaterThanOrEqual(2);
    await expect(
      coordinator.page.getByTestId('dash-progress-value').textContent(),
    ).resolves.toMatch(/^Hoàn thành \d+\s?% quy trình$/);
    // The chart has its text alternative, naming the agency and its statuses.
    await expect(coordinator.page.getByTestId('dash-chart-text').textContent()).resolves.toContain(
      'Sở Công Thương: 4 mục',
    );

    // The dashboard follows the plan room: another past deadline updates the figures.
    await coordinator.page.getByTestId('dash-overdue-count').waitFor();
    const admin = await login(server, 'skhdt2');
    const patched = await admin.request('PATCH', '/api/sections/S3_2', { dueDate: '2020-11-20' });
    expect(patched.status).toBe(200);
    await waitFor(
      async () =>
        (await coordinator.page.getByTestId('dash-overdue-count').textContent()) ===
        String(overdueCount + 1),
      { ...WAIT, message: 'the dashboard to refresh from the plan room' },
    );

    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await coordinator.page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'dashboard.png'),
      fullPage: true,
    });
  });

  it('"Mục của tôi" shows the officer’s sections, deadlines and "quá hạn"', async () => {
    await officer.page.getByTestId('nav-mine').click();
    const table = officer.page.getByTestId('mine-table');
    await table.waitFor();
    // Leaders' and coordinators' pages are not offered to an agency officer.
    await expect(officer.page.getByTestId('nav-dashboard').count()).resolves.toBe(0);
    await expect(officer.page.getByTestId('nav-audit').count()).resolves.toBe(0);

    const ids: (string | null)[] = [];
    for (const row of await table.locator('tbody tr').all()) {
      ids.push(await row.getAttribute('data-testid'));
    }
    expect(ids).toEqual(
      expect.arrayContaining(['mine-row-S3_1', 'mine-row-S3_3', 'mine-row-S4_5']),
    );
    expect(ids).toHaveLength(4);
    const iv5 = officer.page.getByTestId('mine-row-S4_5');
    await expect(iv5.getByTestId('mine-due').textContent()).resolves.toMatch(
      /^01\/10\/2020quá hạn [\d.]+ ngày$/,
    );
    await expect(iv5.locator('.badge').textContent()).resolves.toBe('Dự thảo');
    const iii3 = officer.page.getByTestId('mine-row-S3_3');
    await expect(iii3.textContent()).resolves.toContain('Đã khóa ngày');
    await expect(iii3.getByTestId('overdue-mark').count()).resolves.toBe(0);
    await expect(officer.page.getByTestId('mine-summary').textContent()).resolves.toBe(
      '4 mục · 2 mục quá hạn',
    );
  });
});
