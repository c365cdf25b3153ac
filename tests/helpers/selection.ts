import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Selects `passage` in the editor as a person would with the mouse (works when read-only). */
export async function selectPassage(page: Page, passage: string): Promise<void> {
  const found: unknown = await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="editor-content"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const passage = ${JSON.stringify(passage)};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(passage);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + passage.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  })()`);
  expect(found, `"${passage}" is in the editor`).toBe(true);
}
