/**
 * The registry page in the browser (issue 13, point 6): the Statistics Office edits a figure in
 * place, in Vietnamese format, and another person's open page shows it live; a reader gets no
 * editing; search and filters narrow the table; the chosen indicator's series is drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PLAN_ID,
  launchBrowser,
  signIn,
  snapshotClient,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const WAIT = { timeout: 15_000, interval: 25 };
const SHOTS = '/work/wt/shots/13';

describe('the indicator registry page', () => {
  let server: TestServer;
  let browser: Browser;
  let office: UserPage;
  let reader: UserPage;

  beforeAll(async () => {
    server = await startServerWithClient({ config: { clientDir: await snapshotClient() } });
    browser = await launchBrowser();
    office = await signIn(browser, server, 'ctk');
    reader = await signIn(browser, server, 'bcd');
    for (const who of [office, reader]) {
      await who.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/indicators`);
      await who.page.getByTestId('ind-row-GRDP_TT').waitFor();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cellText = (who: UserPage) => who.page.getByTestId('ind-value-GRDP_TT-2020').innerText();
  const cellText2019 = (who: UserPage) =>
    who.page.getByTestId('ind-value-GRDP_TT-2019').innerText();

  it('the owner edits a figure in place; the other page shows it live', async () => {
    expect(await cellText(reader)).toContain('2,4');
    // the reader (Steering Committee) has nothing to edit
    expect(await reader.page.getByTestId('ind-cell-GRDP_TT-2020').count()).toBe(0);

    await office.page.getByTestId('ind-cell-GRDP_TT-2020').click();
    await office.page.getByTestId('ind-edit-value').fill('2,95');
    await office.page.getByTestId('ind-edit-save').click();
    await waitFor(async () => (await cellText(office)).includes('2,95'), {
      ...WAIT,
      message: 'the new value on the office page',
    });
    await waitFor(async () => (await cellText(reader)).includes('2,95'), {
      ...WAIT,
      message: 'the new value live on the reader page',
    });
    // the estimate keeps its discreet mark
    expect(await cellText(reader)).toContain('ư');
  });

  it('refuses a figure that is not a number, and changes nothing', async () => {
    await office.page.getByTestId('ind-cell-GRDP_TT-2019').click();
    await office.page.getByTestId('ind-edit-value').fill('sáu phẩy hai');
    await office.page.getByTestId('ind-edit-save').click();
    await office.page.getByRole('alert').filter({ hasText: '8,2' }).waitFor();
  });

  it('search, filters and the series chart', async () => {
    const page = reader.page;
    await page.getByTestId('ind-search').fill('che phu');
    await waitFor(async () => (await page.locator('[data-testid^="ind-row-"]').count()) === 1, {
      ...WAIT,
      message: 'one row for "che phu" (che phủ rừng, without diacritics)',
    });
    await page.getByTestId('ind-search').fill('');
    await page.getByTestId('ind-group').selectOption('budget');
    await waitFor(async () => (await page.locator('[data-testid^="ind-row-"]').count()) === 3, {
      ...WAIT,
      message: 'the three budget indicators',
    });
    await page.getByTestId('ind-group').selectOption('');
    await page.getByTestId('ind-row-GRDP_TT').getByRole('button').first().click();
    await page.getByTestId('ind-chart').waitFor();
    expect(await page.getByTestId('ind-chart').locator('circle').count()).toBe(12);

    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'registry-1440.png'), fullPage: false });
    await office.page.setViewportSize({ width: 390, height: 844 });
    await office.page.screenshot({ path: path.join(SHOTS, 'registry-390.png'), fullPage: false });
  });

  it('a CSV import is previewed with its refusals, then applied as one change', async () => {
    const page = office.page;
    await page.setViewportSize({ width: 1440, height: 900 });
    // the refused edit of the test before is still open in the 2019 cell
    await page.reload();
    await page.getByTestId('ind-row-GRDP_TT').waitFor(WAIT);
    const csv = [
      'code;name;unit;owner;year;kind;value;note',
      'GRDP_TT;;%/năm;CTK;2019;chính thức;6,05;Niên giám 2020',
      // another agency's indicator: refused
      'CHE_PHU_RUNG;;%;SNNPTNT;2020;ước;70;',
    ].join('\r\n');
    await page.getByTestId('ind-import-file').setInputFiles({
      name: 'so-lieu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const preview = page.getByTestId('ind-import-preview');
    await preview.waitFor(WAIT);
    expect(await preview.innerText()).toContain('1 giá trị thay đổi, 1 dòng bị từ chối');
    expect(await page.getByTestId('ind-import-refused').innerText()).toContain('CHE_PHU_RUNG');
    // nothing written yet
    expect(await page.getByTestId('ind-value-GRDP_TT-2019').innerText()).not.toContain('6,05');
    await page.getByTestId('ind-import').screenshot({ path: path.join(SHOTS, 'import-1440.png') });
    await page.getByTestId('ind-import-apply').click();
    await waitFor(async () => (await cellText2019(office)).includes('6,05'), {
      ...WAIT,
      message: 'the imported figure in the table',
    });
    await waitFor(async () => (await cellText2019(reader)).includes('6,05'), WAIT);
  });

  it('the coordinator adds an indicator and retires it; others have no such buttons', async () => {
    expect(await reader.page.getByTestId('ind-new').count()).toBe(0);
    expect(await reader.page.getByTestId('ind-retire-GRDP_TT').count()).toBe(0);
    const coordinator = await signIn(browser, server, 'skhdt');
    const page = coordinator.page;
    await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}/indicators`);
    await page.getByTestId('ind-new').locator('summary').click();
    await page.getByTestId('ind-new-code').fill('DIEN_TICH_KCN');
    await page.getByTestId('ind-new-name-vi').fill('Diện tích khu công nghiệp');
    await page.getByTestId('ind-new-name-en').fill('Industrial park area');
    await page.getByTestId('ind-new-unit').fill('ha');
    await page.getByTestId('ind-new-create').click();
    await page.getByTestId('ind-row-DIEN_TICH_KCN').waitFor(WAIT);
    await page.getByTestId('ind-retire-DIEN_TICH_KCN').click();
    await waitFor(
      async () =>
        ((await page.getByTestId('ind-row-DIEN_TICH_KCN').getAttribute('class')) ?? '').includes(
          'retired',
        ),
      { ...WAIT, message: 'the row marked retired' },
    );
    expect(await page.getByTestId('ind-retire-DIEN_TICH_KCN').innerText()).toBe('Dùng lại');
    await coordinator.context.close();
  });
});
