/**
 * The coordinator's tools in the browser (issue 3, points 4, 6, 7). Locking and unlocking III.1
 * from the section screen flips Sở Công Thương's open editor live; assigning a contributor with
 * a write grant opens the section to that agency live; the audit log page lists the lock and the
 * logins, filters by section, user and action, and its CSV link downloads the same rows (UTF-8
 * with a BOM, with the header). An agency officer is offered none of this.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { login } from '../helpers/api.js';
import {
  DEMO_PLAN_ID,
  signIn,
  type UserPage,
  openSection,
  useCoordinatorAndOfficer,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };
const NOTE = 'Đã thống nhất tại cuộc họp ngày 12/6';
const CSV_HEADER = 'id,at,actorId,actorName,agency,action,sectionId,detail,address';

async function editable(page: Page): Promise<string | null> {
  const value: unknown = await page.evaluate(
    `document.querySelector('[data-testid="editor-content"]')?.getAttribute('contenteditable') ?? null`,
  );
  return typeof value === 'string' ? value : null;
}

function untilEditable(page: Page, value: 'true' | 'false', who: string) {
  return waitFor(async () => (await editable(page)) === value, {
    ...WAIT,
    message: `${who}'s editor to be contenteditable=${value}`,
  });
}

/** The audit rows on screen as `action|sectionId`, read in one go (the table refreshes live). */
async function auditRows(page: Page): Promise<string[]> {
  const rows: unknown = await page.evaluate(`
    Array.from(document.querySelectorAll('[data-testid="audit-row"]')).map(
      (row) => row.getAttribute('data-action') + '|' + row.getAttribute('data-section'),
    )
  `);
  if (!Array.isArray(rows)) throw new Error('audit rows: unexpected answer');
  return rows.map(String);
}

describe('coordinator tools in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let browser: Browser;
  let server: TestServer;
  let coordinator: UserPage;
  let officer: UserPage;
  beforeAll(() => ({ browser, server, coordinator, officer } = people));

  it('locking and unlocking from the section screen flips another user’s editor live', async () => {
    await openSection(officer, server, 'S3_1');
    await untilEditable(officer.page, 'true', 'the officer');
    // The officer is offered no coordinator control.
    await expect(officer.page.getByTestId('lock-open').count()).resolves.toBe(0);
    await expect(officer.page.getByTestId('assign-open').count()).resolves.toBe(0);

    await openSection(coordinator, server, 'S3_1');
    await coordinator.page.getByTestId('lock-open').click();
    const dialog = coordinator.page.getByTestId('lock-dialog');
    await dialog.getByTestId('lock-note').fill(NOTE);
    await dialog.getByTestId('lock-submit').click();

    await untilEditable(officer.page, 'false', 'the officer');
    const banner = officer.page.getByTestId('readonly-banner');
    await expect(banner.getAttribute('data-reason')).resolves.toBe('locked');
    await expect(banner.textContent()).resolves.toContain('Đã khóa bởi');
    await expect(banner.textContent()).resolves.toContain(NOTE);
    await expect(
      officer.page.getByTestId('toc-link-S3_1').locator('.lock-icon').count(),
    ).resolves.toBe(1);

    // Keyboard focus lands on the button that replaced "Khóa mục": "Mở khóa".
    await waitFor(
      async () =>
        (await coordinator.page.evaluate(
          'document.activeElement?.getAttribute("data-testid") ?? null',
        )) === 'unlock-open',
      { ...WAIT, message: 'focus on "Mở khóa"' },
    );
    await coordinator.page.keyboard.press('Enter');
    const confirm = coordinator.page.getByTestId('unlock-dialog');
    await confirm.getByTestId('unlock-submit').click();
    await untilEditable(officer.page, 'true', 'the officer');
    await expect(officer.page.getByTestId('readonly-banner').count()).resolves.toBe(0);
    await coordinator.page.getByTestId('lock-open').waitFor();
  });

  it('assigning a contributor with a write grant opens the section to that agency live', async () => {
    const contributor = await signIn(browser, server, 'stnmt');
    try {
      await openSection(contributor, server, 'S3_1');
      await untilEditable(contributor.page, 'false', 'the contributor');
      await expect(
        contributor.page.getByTestId('readonly-banner').getAttribute('data-reason'),
      ).resolves.toBe('not-owner');

      await coordinator.page.getByTestId('assign-open').click();
      const dialog = coordinator.page.getByTestId('assign-dialog');
      await dialog.getByTestId('assign-filter').fill('tai nguyen');
      await expect(dialog.getByTestId('assign-contributor-STNMT').isChecked()).resolves.toBe(true);
      await dialog.getByTestId('assign-writer-STNMT').check();
      await dialog.getByTestId('assign-submit').click();
      await dialog.waitFor({ state: 'detached' });

      await untilEditable(contributor.page, 'true', 'the contributor');
      await expect(contributor.page.getByTestId('readonly-banner').count()).resolves.toBe(0);
      await expect(coordinator.page.getByTestId('workflow-notice').textContent()).resolves.toBe(
        'Đã lưu phân công.',
      );
    } finally {
      await contributor.context.close();
    }
  });

  it('the audit log lists the lock and the logins and filters by section, user and action', async () => {
    await officer.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/audit`);
    await officer.page.getByTestId('forbidden').waitFor();
    await expect(officer.page.getByTestId('nav-audit').count()).resolves.toBe(0);

    await coordinator.page.getByTestId('nav-audit').click();
    await coordinator.page.getByTestId('audit-table').waitFor();
    const all = await auditRows(coordinator.page);
    expect(all).toContain('lock|S3_1');
    expect(all).toContain('unlock|S3_1');
    expect(all).toContain('login|');
    await expect(coordinator.page.getByTestId('audit-table').textContent()).resolves.toContain(
      'Khóa mục',
    );

    await coordinator.page.getByTestId('audit-filter-section').selectOption('S3_1');
    await waitFor(
      async () => {
        const rows = await auditRows(coordinator.page);
        return rows.length > 0 && rows.every((row) => row.endsWith('|S3_1'));
      },
      { ...WAIT, message: 'only III.1 rows' },
    );
    const section = await auditRows(coordinator.page);
    expect(section).toEqual(expect.arrayContaining(['lock|S3_1', 'unlock|S3_1', 'assign|S3_1']));

    await coordinator.page.getByTestId('audit-filter-action').selectOption('lock');
    await waitFor(async () => (await auditRows(coordinator.page)).join() === 'lock|S3_1', {
      ...WAIT,
      message: 'only the lock of III.1',
    });
    const lockRow = coordinator.page.getByTestId('audit-row');
    await expect(lockRow.textContent()).resolves.toContain(NOTE);
    await expect(lockRow.locator('time').textContent()).resolves.toMatch(
      /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/,
    );

    // By user: the officer's logins, picked from the people seen in the log.
    await coordinator.page.getByTestId('audit-filter-clear').click();
    const sct = await login(server, 'sct2');
    await coordinator.page.getByTestId('audit-filter-action').selectOption('login');
    await waitFor(async () => (await auditRows(coordinator.page)).length >= 3, {
      ...WAIT,
      message: 'login rows',
    });
    await coordinator.page.getByTestId('audit-filter-user').selectOption(sct.user.id);
    await waitFor(async () => (await auditRows(coordinator.page)).join() === 'login|', {
      ...WAIT,
      message: 'the one login of sct2',
    });
    // Or typed by id, for someone not in the current list.
    await coordinator.page.getByTestId('audit-filter-user').selectOption('__other__');
    await coordinator.page.getByTestId('audit-filter-user-text').fill('no-such-user');
    await waitFor(async () => (await auditRows(coordinator.page)).length === 0, {
      ...WAIT,
      message: 'no rows for an unknown id',
    });
    await coordinator.page.getByTestId('audit-filter-user-text').fill(sct.user.id);
    await waitFor(async () => (await auditRows(coordinator.page)).join() === 'login|', {
      ...WAIT,
      message: 'the login of sct2 by its typed id',
    });
    await expect(coordinator.page.getByTestId('audit-csv').getAttribute('href')).resolves.toBe(
      `/api/audit.csv?${new URLSearchParams({ userId: sct.user.id, action: 'login' }).toString()}`,
    );
  });

  it('the CSV link downloads the filtered rows with the BOM and the header', async () => {
    await coordinator.page.getByTestId('audit-filter-clear').click();
    await coordinator.page.getByTestId('audit-filter-section').selectOption('S3_1');
    const link = coordinator.page.getByTestId('audit-csv');
    const href = '/api/audit.csv?sectionId=S3_1';
    await waitFor(async () => (await link.getAttribute('href')) === href, {
      ...WAIT,
      message: 'the CSV link to carry the same filter',
    });
    await expect(link.getAttribute('download')).resolves.not.toBeNull();

    const cookies = await coordinator.context.cookies(server.origin);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(`${server.origin}${href}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines.slice(1).every((line) => line.includes(',S3_1,'))).toBe(true);
    expect(text).toContain(NOTE);

    // Without the session the export is refused.
    const anonymous = await fetch(`${server.origin}${href}`);
    expect(anonymous.status).toBe(401);
  });
});
