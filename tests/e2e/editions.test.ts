/**
 * Editions in the browser: the coordinator freezes "Dự thảo lần 1" on the plan page, Sở Công
 * Thương writes on in III.1, the coordinator freezes "Hồ sơ trình thẩm định", and the plan-wide
 * comparison lists III.1 alone; its section page then compares III.1 between the two editions.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  DEMO_PLAN_ID,
  openSection,
  useCoordinatorAndOfficer,
  type UserPage,
} from '../helpers/browser.js';
import { shootSizes } from '../helpers/screenshots.js';
import type { TestServer } from '../helpers/server.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = '/work/wt/shots/versions';

const shoot = (page: Page, name: string, testId: string) => shootSizes(page, SHOTS, name, testId);

describe('editions of the plan in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let officer: UserPage;
  let coordinator: UserPage;
  beforeAll(() => ({ server, officer, coordinator } = people));

  const freeze = async (name: string) => {
    const form = coordinator.page.getByTestId('freeze-edition');
    await form.getByRole('textbox').fill(name);
    await form.getByRole('button', { name: 'Chốt bản hồ sơ' }).click();
    await expect
      .poll(() => coordinator.page.getByTestId('editions').getByRole('status').textContent(), WAIT)
      .toContain(`Đã chốt bản hồ sơ "${name}"`);
  };

  it('freezes two editions and shows what changed between them', async () => {
    const { page } = coordinator;
    await page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}`);
    // The panel shows before its list has loaded ('Đang tải…'): wait for the list's answer.
    await expect
      .poll(() => page.getByTestId('editions').textContent(), WAIT)
      .toContain('Chưa có bản hồ sơ nào.');
    await freeze('Dự thảo lần 1');

    await openSection(officer, server, 'S3_1');
    await expect.poll(() => connectionState(officer.page), WAIT).toBe('saved');
    await officer.page.getByTestId('editor-content').click();
    await officer.page.keyboard.type('Khu công nghiệp Hữu Lũng');
    await expect.poll(() => connectionState(officer.page), WAIT).toBe('saved');

    await freeze('Hồ sơ trình thẩm định');
    const items = page.getByTestId('edition-item');
    await expect.poll(() => items.count(), WAIT).toBe(2);
    await expect(items.first().textContent()).resolves.toContain('Hồ sơ trình thẩm định');

    const compare = page.getByTestId('edition-compare');
    await compare.getByLabel('Từ').selectOption({ label: 'Dự thảo lần 1' });
    await compare.getByLabel('Đến').selectOption({ label: 'Hồ sơ trình thẩm định' });
    await compare.getByRole('button', { name: 'So sánh' }).click();
    const changes = compare.getByTestId('edition-change');
    await expect.poll(() => changes.count(), WAIT).toBe(1);
    await expect(changes.first().textContent()).resolves.toContain('III.1');
    await expect(changes.first().textContent()).resolves.toContain('+5 / −0 từ');
    await shoot(page, 'editions', 'editions');

    // Officers see the editions but may not freeze one.
    await officer.page.goto(`${server.origin}/plans/${DEMO_PLAN_ID}`);
    await expect.poll(() => officer.page.getByTestId('edition-item').count(), WAIT).toBe(2);
    await expect(officer.page.getByTestId('freeze-edition').count()).resolves.toBe(0);

    // The section page compares III.1 between the two editions, word by word.
    await changes.first().getByRole('link').click();
    const picker = page.getByTestId('compare-picker');
    await picker.waitFor();
    await picker.getByLabel('Từ').selectOption({ label: 'Dự thảo lần 1' });
    await picker.getByLabel('Đến').selectOption({ label: 'Hồ sơ trình thẩm định' });
    await picker.getByRole('button', { name: 'So sánh' }).click();
    const inserted = page
      .getByTestId('compare')
      .locator('[data-testid="diff-block"][data-op="insert"]');
    await expect.poll(() => inserted.count(), WAIT).toBe(1);
    await expect(inserted.textContent()).resolves.toContain('Khu công nghiệp Hữu Lũng');
  });
});
