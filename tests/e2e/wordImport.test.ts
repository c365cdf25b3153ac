/**
 * Word import in the browser: Sở Công Thương chooses a .docx in III.1, reads the report (the GIF
 * it cannot keep is named), sees the preview, adds it at the end; the text, its footnote and its
 * figure's picture arrive in the editor. A file that is not Word is refused in plain words, and
 * the coordinator, who may not write the section, is not offered the import at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  connectionState,
  DEMO_PLAN_ID,
  editorText,
  openSection,
  useCoordinatorAndOfficer,
  type UserPage,
} from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';
import { sectorPlanDocx } from '../fixtures/wordFile.js';

const WAIT = { timeout: 15_000, interval: 50 };
const SHOTS = '/work/wt/shots/word';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function shoot(page: Page, name: string): Promise<void> {
  if (!fs.existsSync(path.dirname(SHOTS))) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`) });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe('Word import in the browser', () => {
  const people = useCoordinatorAndOfficer();
  let server: TestServer;
  let officer: UserPage;
  let coordinator: UserPage;
  beforeAll(() => ({ server, officer, coordinator } = people));

  it('previews a .docx with its report, then imports it at the end', async () => {
    const { page } = officer;
    await openSection(officer, server, 'S3_1');
    await expect.poll(() => connectionState(page), WAIT).toBe('saved');
    await page.getByTestId('import-word-open').click();
    const dialog = page.getByTestId('import-word-dialog');

    // Not a Word file: said plainly, and the file can be chosen again.
    await dialog.getByTestId('import-file').setInputFiles({
      name: 'ghi-chu.docx',
      mimeType: DOCX,
      buffer: Buffer.from('Đây không phải tệp Word'),
    });
    await expect
      .poll(() => dialog.getByTestId('import-error').textContent(), WAIT)
      .toContain('không phải tệp Word');

    await dialog.getByTestId('import-file').setInputFiles({
      name: 'ke-hoach-cong-thuong.docx',
      mimeType: DOCX,
      buffer: Buffer.from(await sectorPlanDocx()),
    });
    const report = dialog.getByTestId('import-report');
    await report.waitFor(WAIT);
    await expect(report.textContent()).resolves.toContain('1 chú thích cuối trang được giữ');
    await expect(report.textContent()).resolves.toContain('1 hình được giữ');
    await expect(dialog.getByTestId('import-dropped').textContent()).resolves.toContain(
      'Sơ đồ năm 2015',
    );
    await expect(dialog.getByTestId('import-preview').textContent()).resolves.toContain(
      'Quy hoạch ngành công thương',
    );
    await shoot(page, 'import-preview');

    await dialog.getByLabel('Thêm vào cuối mục').check();
    await dialog.getByTestId('import-confirm').click();
    await expect
      .poll(() => page.getByTestId('import-done').textContent(), WAIT)
      .toContain('ke-hoach-cong-thuong.docx');
    await expect.poll(() => editorText(page), WAIT).toContain('Diện tích khu công nghiệp');
    const editor = page.getByTestId('editor-content');
    await expect(editor.locator('[data-footnote]').first().textContent()).resolves.toContain(
      'Niên giám thống kê',
    );
    // The figure's picture was stored with the import: the plan serves it to this page.
    const file = await editor.locator('figure[data-file]').first().getAttribute('data-file');
    expect(file).toMatch(/^[0-9a-f]{64}$/);
    const served: unknown = await page.evaluate(
      `fetch('/api/plans/${DEMO_PLAN_ID}/files/${String(file)}').then((r) => r.headers.get('content-type'))`,
    );
    expect(served).toBe('image/png');
    await shoot(page, 'import-done');
  });

  it('is not offered to someone who may not write the section', async () => {
    await openSection(coordinator, server, 'S3_1');
    await coordinator.page.getByTestId('section-header').waitFor();
    await expect(coordinator.page.getByTestId('import-word-open').count()).resolves.toBe(0);
  });
});
