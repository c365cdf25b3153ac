import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Screenshots of the element `testId` at desktop (1440×900) and phone (390×844) sizes, saved as
 * `<dir>/<name>-desktop.png` and `-mobile.png` for a person to look at; nothing when `dir`'s
 * parent does not exist (outside the development machine).
 */
export async function shootSizes(page: Page, dir: string, name: string, testId: string) {
  if (!fs.existsSync(path.dirname(dir))) return;
  fs.mkdirSync(dir, { recursive: true });
  for (const [label, size] of [
    ['desktop', { width: 1440, height: 900 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.getByTestId(testId).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, `${name}-${label}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
