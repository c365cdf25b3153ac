/**
 * Review threads in the browser. A consultant who may not write III.1 selects a passage and
 * comments on it; Sở Công Thương sees the thread and its highlight appear live, answers "Tiếp thu";
 * the consultant sees the answer live; the coordinator downloads the summary CSV with that row.
 * Bodies that look like HTML or script stay inert text. Deleting the whole passage detaches the
 * thread, which keeps its quote.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../helpers/api.js';
import { parseCsv } from '../helpers/csvReader.js';
import {
  connectionState,
  editorText,
  launchBrowser,
  signIn,
  startServerWithClient,
  type UserPage,
} from '../helpers/browser.js';
import { PLAN_ID } from '../helpers/review.js';
import { selectPassage } from '../helpers/selection.js';
import type { TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const WAIT = { timeout: 15_000, interval: 50 };
const SECTION_PATH = `/plans/${PLAN_ID}/sections/${SECTION}`;

const PARAGRAPH =
  'Đến năm 2030 mở rộng Khu công nghiệp Đồng Bành thêm 250 ha và hoàn thiện hạ tầng kỹ thuật.';
const PASSAGE = 'mở rộng Khu công nghiệp Đồng Bành thêm 250 ha';
const GROWN = PASSAGE.replace('thêm 250', 'thêm khoảng 250');
const COMMENT = 'Đề nghị làm rõ căn cứ diện tích mở rộng 250 ha theo quy hoạch sử dụng đất.';
const ANSWER = 'Đã bổ sung căn cứ theo chỉ tiêu sử dụng đất được phân bổ cho tỉnh.';

const TV_AGENCY = 'Đơn vị tư vấn lập quy hoạch (liên danh tư vấn)';

const XSS_PARAGRAPH = 'Phát triển cụm công nghiệp chế biến nông sản tại các huyện biên giới.';
const XSS_PASSAGE = 'cụm công nghiệp chế biến';
const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_LINK = 'javascript:alert(1)';

const START_PASSAGE = 'Mục tiêu';
const START_COMMENT = 'Nên dùng tiêu đề “Mục tiêu phát triển”.';

const GONE_PARAGRAPH = 'Di dời các cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư trước năm 2025.';
const GONE_PASSAGE = 'gây ô nhiễm ra khỏi khu dân cư';
const GONE_COMMENT = 'Cần nêu danh mục cơ sở phải di dời.';

/** The thread card whose conversation contains `text`. */
function threadCard(page: Page, text: string): Locator {
  return page.getByTestId('comments-panel').getByTestId('thread').filter({ hasText: text });
}

/** The highlighted passages in the editor, one string per thread, in document order. */
async function highlightedText(page: Page): Promise<string[]> {
  const texts: unknown = await page.evaluate(`(() => {
    const byThread = new Map();
    const spans = document.querySelectorAll('[data-testid="editor-content"] .comment-highlight');
    for (const span of spans) {
      const id = span.getAttribute('data-thread-id');
      // A remote caret widget may sit inside the highlighted text; its label is not the passage.
      const copy = span.cloneNode(true);
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      byThread.set(id, (byThread.get(id) || '') + copy.textContent);
    }
    return [...byThread.values()];
  })()`);
  if (!Array.isArray(texts)) throw new Error('highlights: unexpected answer');
  return texts.map(String);
}

async function openSection(person: UserPage, server: TestServer): Promise<void> {
  await person.page.goto(`${server.origin}${SECTION_PATH}`);
  await person.page.getByTestId('editor-content').waitFor();
  await person.page.getByTestId('comments-panel').waitFor();
  // Runs in beforeAll, where expect.poll is not available.
  await waitFor(async () => (await connectionState(person.page)) === 'saved', {
    ...WAIT,
    message: 'the section to be synced',
  });
}

/** The owner adds a paragraph at the end of the section. */
async function writeParagraph(page: Page, text: string): Promise<void> {
  await page.getByTestId('editor-content').click();
  await page.keyboard.press('Control+End');
  if ((await editorText(page)).trim() !== '') await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await expect.poll(() => connectionState(page), WAIT).toBe('saved');
}

/** Selects `passage` and posts `body` from the comments panel; resolves with the new card. */
async function comment(page: Page, passage: string, body: string): Promise<Locator> {
  await selectPassage(page, passage);
  const start = page.getByTestId('thread-new');
  await expect.poll(() => start.isEnabled(), WAIT).toBe(true);
  await start.click();
  const form = page.getByTestId('new-thread-form');
  expect(await page.getByTestId('new-thread-quote').textContent()).toBe(passage);
  await form.getByRole('textbox').fill(body);
  await form.getByRole('button', { name: 'Gửi góp ý' }).click();
  const card = threadCard(page, body);
  await card.waitFor();
  return card;
}

describe('review threads in the browser', () => {
  let browser: Browser;
  let server: TestServer;
  let sct: UserPage;
  let tv: UserPage;
  let tvName: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServerWithClient();
    tvName = (await login(server, 'tv')).user.name;
    sct = await signIn(browser, server, 'sct');
    tv = await signIn(browser, server, 'tv');
    await openSection(sct, server);
    await openSection(tv, server);
  });

  afterAll(async () => {
    await sct.context.close();
    await tv.context.close();
    await browser.close();
    await server.stop();
  });

  it('a consultant comments, the owner answers "Tiếp thu" live, the coordinator gets the CSV', async () => {
    await writeParagraph(sct.page, PARAGRAPH);
    // The consultant reads III.1 but may not write it.
    await expect.poll(() => editorText(tv.page), WAIT).toContain(PARAGRAPH);
    expect(await tv.page.getByTestId('editor-content').getAttribute('contenteditable')).toBe(
      'false',
    );

    const tvCard = await comment(tv.page, PASSAGE, COMMENT);
    expect(await tvCard.getByTestId('thread-quote').textContent()).toBe(PASSAGE);
    await expect.poll(() => highlightedText(tv.page), WAIT).toEqual([PASSAGE]);

    // Sở Công Thương sees the thread and its highlight without reloading.
    const sctCard = threadCard(sct.page, COMMENT);
    await sctCard.waitFor({ timeout: WAIT.timeout });
    await expect.poll(() => highlightedText(sct.page), WAIT).toEqual([PASSAGE]);
    expect(await sctCard.textContent()).toContain(tvName);
    expect(await sctCard.textContent()).toContain(TV_AGENCY);
    await expect
      .poll(() => sct.page.getByTestId('comments-live').textContent(), WAIT)
      .toContain(`Góp ý mới của ${tvName}`);
    // The header counts the threads Sở Công Thương must answer.
    await expect
      .poll(() => sct.page.getByTestId('inbox-count').getAttribute('data-count'), WAIT)
      .toBe('1');

    // The highlight follows the passage while the owner types before it and inside it.
    await sct.page.getByTestId('editor-content').click();
    await sct.page.keyboard.press('Control+Home');
    await sct.page.keyboard.type('Mục tiêu: ');
    await expect.poll(() => highlightedText(tv.page), WAIT).toEqual([PASSAGE]);
    await expect.poll(() => highlightedText(sct.page), WAIT).toEqual([PASSAGE]);
    await selectPassage(sct.page, 'thêm ');
    await sct.page.keyboard.press('ArrowRight');
    await sct.page.keyboard.type('khoảng ');
    await expect.poll(() => highlightedText(tv.page), WAIT).toEqual([GROWN]);
    await expect.poll(() => highlightedText(sct.page), WAIT).toEqual([GROWN]);

    // Clicking the highlight makes the thread the active one in the panel.
    await sct.page.getByTestId('editor-content').locator('.comment-highlight').click();
    await expect.poll(() => sctCard.getAttribute('class'), WAIT).toContain('thread--active');

    // The owner records the formal answer: Tiếp thu, with its text.
    await sctCard.getByTestId('response-open').click();
    const form = sctCard.getByTestId('response-form');
    await form.getByTestId('response-kind').selectOption('accepted');
    await form.getByRole('textbox').fill(ANSWER);
    await form.getByRole('button', { name: 'Lưu ý kiến' }).click();
    await sctCard.getByTestId('thread-response').waitFor();
    expect(await sctCard.getByTestId('response-badge').textContent()).toBe('Tiếp thu');

    // The consultant sees it live, and may not answer in the owner's name.
    const answered = tvCard.getByTestId('thread-response');
    await answered.waitFor({ timeout: WAIT.timeout });
    expect(await answered.getByTestId('response-badge').textContent()).toBe('Tiếp thu');
    expect(await answered.getByTestId('response-text').textContent()).toBe(ANSWER);
    expect(await tvCard.getByTestId('response-open').count()).toBe(0);
    await expect.poll(() => sct.page.getByTestId('inbox-count').count(), WAIT).toBe(0);

    // The coordinator opens the summary and downloads its CSV with the row in it.
    const skhdt = await signIn(browser, server, 'skhdt');
    try {
      // The outline shows the open thread of III.1.
      await skhdt.page.goto(`${server.origin}/plans/${PLAN_ID}`);
      await expect
        .poll(
          () => skhdt.page.getByTestId(`open-threads-${SECTION}`).getAttribute('data-count'),
          WAIT,
        )
        .toBe('1');

      await skhdt.page.goto(`${server.origin}/plans/${PLAN_ID}/comments`);
      const row = skhdt.page.getByTestId('summary-row').filter({ hasText: COMMENT });
      await row.waitFor();
      expect(await row.textContent()).toContain(`Tiếp thu: ${ANSWER}`);
      const href = await skhdt.page.getByTestId('summary-csv').getAttribute('href');
      expect(href).toBe(`/api/plans/${PLAN_ID}/comments.csv`);
      const response = await skhdt.page.request.get(`${server.origin}${href ?? ''}`);
      expect(response.status()).toBe(200);
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      expect(rows[0]).toEqual([
        'STT',
        'Mục',
        'Cơ quan góp ý',
        'Người góp ý',
        'Nội dung góp ý',
        'Trích đoạn',
        'Ý kiến tiếp thu/giải trình',
        'Trạng thái',
      ]);
      const line = rows.find((cells) => cells[4] === COMMENT);
      expect(line).toBeDefined();
      expect(line?.[1]).toContain('III.1');
      expect(line?.[2]).toBe(TV_AGENCY);
      expect(line?.[3]).toBe(tvName);
      expect(line?.[5]).toBe(PASSAGE);
      expect(line?.[6]).toBe(`Tiếp thu: ${ANSWER}`);
    } finally {
      await skhdt.context.close();
    }
  });

  it('HTML and javascript: in bodies stay inert text', async () => {
    await writeParagraph(sct.page, XSS_PARAGRAPH);
    await expect.poll(() => editorText(tv.page), WAIT).toContain(XSS_PARAGRAPH);

    const tvCard = await comment(tv.page, XSS_PASSAGE, XSS_IMG);
    await tvCard.getByTestId('reply-open').click();
    const reply = tvCard.getByTestId('reply-form');
    await reply.getByRole('textbox').fill(XSS_LINK);
    await reply.getByRole('button', { name: 'Gửi' }).click();
    await tvCard.getByTestId('message-body').filter({ hasText: XSS_LINK }).waitFor();

    const sctCard = threadCard(sct.page, XSS_LINK);
    await sctCard.waitFor({ timeout: WAIT.timeout });
    for (const { page } of [sct, tv]) {
      const card = threadCard(page, XSS_LINK);
      const bodies = await card.getByTestId('message-body').allTextContents();
      expect(bodies).toEqual([XSS_IMG, XSS_LINK]);
      const panel = page.getByTestId('comments-panel');
      expect(await panel.locator('img').count()).toBe(0);
      expect(await panel.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate('window.__xss')).toBeUndefined();
    }
  });

  it('a passage at the very start of the section is anchored like any other', async () => {
    // The section begins with "Mục tiêu: " (typed by the owner in the first test).
    const card = await comment(tv.page, START_PASSAGE, START_COMMENT);
    await expect.poll(() => highlightedText(tv.page), WAIT).toContain(START_PASSAGE);
    await threadCard(sct.page, START_COMMENT).waitFor({ timeout: WAIT.timeout });
    await expect.poll(() => highlightedText(sct.page), WAIT).toContain(START_PASSAGE);
    expect(await card.getByTestId('thread-detached').count()).toBe(0);
  });

  it('deleting the whole passage detaches the thread, which keeps its quote', async () => {
    await writeParagraph(sct.page, GONE_PARAGRAPH);
    await expect.poll(() => editorText(tv.page), WAIT).toContain(GONE_PARAGRAPH);
    const tvCard = await comment(tv.page, GONE_PASSAGE, GONE_COMMENT);
    const sctCard = threadCard(sct.page, GONE_COMMENT);
    await sctCard.waitFor({ timeout: WAIT.timeout });
    await expect.poll(() => highlightedText(sct.page), WAIT).toContain(GONE_PASSAGE);

    // The owner selects exactly the commented passage and deletes it.
    await sct.page.getByTestId('editor-content').click();
    await selectPassage(sct.page, GONE_PASSAGE);
    await sct.page.getByTestId('thread-bubble').waitFor(); // the editor has taken the selection
    await sct.page.keyboard.press('Backspace');
    await expect.poll(() => editorText(sct.page), WAIT).not.toContain(GONE_PASSAGE);

    for (const card of [sctCard, tvCard]) {
      await card.getByTestId('thread-detached').waitFor({ timeout: WAIT.timeout });
      expect(await card.getByTestId('thread-detached').textContent()).toBe(
        'Đoạn văn được góp ý đã bị xóa',
      );
      expect(await card.getByTestId('thread-quote').textContent()).toBe(GONE_PASSAGE);
    }
    await expect.poll(() => highlightedText(tv.page), WAIT).not.toContain(GONE_PASSAGE);
    // The other threads keep their passages: attached in both panels, and still highlighted
    // whole (a paragraph written since must not have landed inside the first one).
    for (const page of [tv.page, sct.page]) {
      const first = threadCard(page, COMMENT);
      await first.waitFor({ timeout: WAIT.timeout });
      expect(await first.getByTestId('thread-detached').count()).toBe(0);
      await expect.poll(() => highlightedText(page), WAIT).toContain(GROWN);
    }
  });
});
