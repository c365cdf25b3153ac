/**
 * Live references to the registry in the text (issue 13, point 3): an officer of Sở Công Thương
 * types `#`, finds GRDP growth without diacritics and inserts the 2020 figure; it reads "2,4%"
 * with the estimate's mark, in their editor and their colleague's. The Statistics Office changes
 * the figure and both editors show the new value, without anyone writing to the section. The
 * hover card names the indicator, its kind and source; `#` closed without a choice stays a `#`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../helpers/api.js';
import {
  connectionState,
  editorText,
  launchBrowser,
  openSection,
  signIn,
  snapshotClient,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const GROWTH = 'QHT-LS-2021-2030.GRDP_TT';
const WAIT = { timeout: 15_000, interval: 25 };
const SHOTS = '/work/wt/shots/indicators';

const refText = (who: UserPage) =>
  who.page.getByTestId('editor-content').locator('.indicator-ref').first().innerText();

describe('indicator references in the text', () => {
  let server: TestServer;
  let browser: Browser;
  let writer: UserPage;
  let colleague: UserPage;

  beforeAll(async () => {
    server = await startServerWithClient({ config: { clientDir: await snapshotClient() } });
    browser = await launchBrowser();
    writer = await signIn(browser, server, 'sct');
    colleague = await signIn(browser, server, 'sct2');
    for (const who of [writer, colleague]) {
      await openSection(who, server, SECTION);
      await waitFor(async () => (await connectionState(who.page)) === 'saved', WAIT);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('`#` opens the picker; the chosen figure shows in Vietnamese format in both editors', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').click();
    await page.keyboard.type('Tăng trưởng GRDP năm 2020 ước đạt ');
    await page.keyboard.type('#');
    await page.getByTestId('indicator-picker').waitFor();
    await page.getByTestId('indicator-picker-search').fill('toc do tang truong');
    await page.getByTestId('indicator-option-GRDP_TT').click();
    await page.getByTestId('indicator-picker-year').selectOption('2020');
    await page.getByTestId('indicator-picker-insert').click();
    await page.keyboard.type(' so với năm trước.');

    for (const who of [writer, colleague]) {
      await waitFor(async () => (await refText(who)).includes('2,4%'), {
        ...WAIT,
        message: 'the reference shows 2,4%',
      });
      // an estimate (ước) carries its discreet mark
      expect(await refText(who)).toContain('ư');
      await waitFor(async () => (await editorText(who.page)).includes('so với năm trước.'), WAIT);
    }
    // the document holds the reference, not the number
    const inserted = page.getByTestId('editor-content').locator('.indicator-ref').first();
    const attrs = [
      await inserted.getAttribute('data-indicator'),
      await inserted.getAttribute('data-year'),
    ];
    expect(attrs).toEqual([GROWTH, '2020']);
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
  });

  it('a change in the registry reaches every open editor, with no write to the section', async () => {
    const statistics = await login(server, 'ctk');
    const put = await statistics.request('PUT', `/api/indicators/${GROWTH}/values/2020`, {
      kind: 'estimate',
      value: 2.95,
      note: 'Báo cáo ước 6 tháng cuối năm',
    });
    expect(put.status).toBe(200);
    for (const who of [writer, colleague]) {
      await waitFor(async () => (await refText(who)).includes('2,95%'), {
        ...WAIT,
        message: 'the new value in every open editor',
      });
    }
    // the editors had nothing to send: the figure is drawn, not written
    expect(await connectionState(writer.page)).toBe('saved');
  });

  it('the hover card says what the figure is and where it comes from', async () => {
    const { page } = colleague;
    await page.getByTestId('editor-content').locator('.indicator-ref').first().hover();
    const card = page.getByTestId('indicator-card');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('GRDP_TT');
    expect(text).toContain('2020');
    expect(text).toContain('2,95%');
    expect(text).toContain('Ước');
    expect(text).toContain('Cục Thống kê');
    expect(await card.getByRole('link').getAttribute('href')).toBe(
      '/plans/QHT-LS-2021-2030/indicators',
    );
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'reference-card-1400.png') });
  });

  it('`#` closed with Escape stays a `#`; the toolbar opens the picker too', async () => {
    const { page } = writer;
    await page.getByTestId('editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Mục ');
    await page.keyboard.type('#');
    await page.getByTestId('indicator-picker').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('indicator-picker').waitFor({ state: 'detached' });
    await page.keyboard.type('3');
    await waitFor(async () => (await editorText(page)).includes('Mục #3'), WAIT);

    await page.getByRole('button', { name: 'Chèn số liệu từ danh mục (#)' }).click();
    await page.getByTestId('indicator-picker').waitFor();
    await page.getByTestId('indicator-picker-search').fill('che phu rung');
    await page.getByTestId('indicator-picker-search').press('Enter');
    await waitFor(
      async () =>
        (await page.getByTestId('editor-content').locator('.indicator-ref').count()) === 2,
      { ...WAIT, message: 'a second reference, inserted from the toolbar with the keyboard' },
    );
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Chèn số liệu từ danh mục (#)' }).click();
    await page.getByTestId('indicator-picker').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'picker-1440.png') });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Chèn số liệu từ danh mục (#)' }).click();
    await page.getByTestId('indicator-picker').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'picker-390.png') });
    await page.keyboard.press('Escape');
  });

  it('an approved section keeps its figure, flags the change, and takes the new one once unlocked', async () => {
    const coordinator = await login(server, 'skhdt');
    const statistics = await login(server, 'ctk');
    expect(
      (await coordinator.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Đã phê duyệt' }))
        .status,
    ).toBe(200);
    const put = await statistics.request('PUT', `/api/indicators/${GROWTH}/values/2020`, {
      kind: 'preliminary',
      value: 3.1,
      note: 'Số sơ bộ',
    });
    expect(put.status).toBe(200);
    const { page } = writer;
    const notice = page.getByTestId('freeze-notice');
    await notice.waitFor(WAIT);
    expect(await notice.innerText()).toContain('Số liệu đã thay đổi sau khi phê duyệt');
    expect(await notice.innerText()).toContain('2,95%/năm');
    expect(await notice.innerText()).toContain('3,1%/năm');
    // the text keeps the approved figure, with a flag
    expect(await refText(writer)).toContain('2,95%');
    expect(await refText(writer)).toContain('⚑');
    // locked: nobody takes the new figures yet
    expect(await page.getByTestId('freeze-take-new').count()).toBe(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'freeze-1440.png') });

    expect((await coordinator.request('DELETE', `/api/sections/${SECTION}/lock`)).status).toBe(200);
    await page.getByTestId('freeze-take-new').click();
    await waitFor(async () => (await refText(writer)).includes('3,1%'), {
      ...WAIT,
      message: 'the new figure once taken',
    });
    await notice.waitFor({ state: 'detached', timeout: WAIT.timeout });
    await waitFor(async () => (await refText(colleague)).includes('3,1%'), WAIT);
  });

  it('the consistency check finds a figure typed by hand and links it in one click', async () => {
    const { page } = writer;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tốc độ tăng trưởng GRDP năm 2018 đạt 4,9%.');
    await waitFor(async () => (await connectionState(page)) === 'saved', WAIT);
    await page.getByTestId('ind-check-run').click();
    const item = page.getByTestId('ind-check-typed').filter({ hasText: '4,9%' });
    await item.waitFor(WAIT);
    expect(await item.innerText()).toContain('khớp');
    await page.getByTestId('ind-check').screenshot({ path: path.join(SHOTS, 'check-1440.png') });
    await item.getByTestId('ind-check-link').click();
    const refs = page.getByTestId('editor-content').locator('.indicator-ref');
    await waitFor(async () => (await refs.count()) === 3, {
      ...WAIT,
      message: 'the typed figure became a reference',
    });
    expect(await refs.nth(2).getAttribute('data-year')).toBe('2018');
    expect(await editorText(page)).toContain('năm 2018 đạt 4,9%/năm.');
  });

  it('the registry page lists where an indicator is cited', async () => {
    const { page } = colleague;
    await page.goto(`${server.origin}/plans/QHT-LS-2021-2030/indicators`);
    await page.getByTestId('ind-row-GRDP_TT').getByRole('button').first().click();
    const usage = page.getByTestId('ind-usage');
    await waitFor(async () => (await usage.innerText()).includes('III.1'), {
      ...WAIT,
      message: 'III.1 among the sections citing GRDP growth',
    });
    expect(await usage.innerText()).toContain('(2 lần)');
    await usage.getByRole('link').first().click();
    await page.getByTestId('editor-content').waitFor();
  });

  it('the reader shows each reference as its figure, live', async () => {
    const { page } = colleague;
    await page.goto(`${server.origin}/plans/QHT-LS-2021-2030/read`);
    const ref = page
      .getByTestId('reader-section')
      .filter({ hasText: 'Phát triển công nghiệp' })
      .locator('.indicator-ref')
      .first();
    await waitFor(
      async () => (await ref.count()) === 1 && (await ref.innerText()).includes('3,1%'),
      {
        ...WAIT,
        message: 'the figure in the reader',
      },
    );
    const statistics = await login(server, 'ctk');
    const put = await statistics.request('PUT', `/api/indicators/${GROWTH}/values/2020`, {
      kind: 'official',
      value: 3.25,
      note: 'Số chính thức',
    });
    expect(put.status).toBe(200);
    await waitFor(async () => (await ref.innerText()).includes('3,25%'), {
      ...WAIT,
      message: 'the new figure live in the reader',
    });
  });
});
