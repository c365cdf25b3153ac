/**
 * The comment-response summary (bảng tổng hợp tiếp thu, giải trình) over HTTP: the CSV's bytes
 * (UTF-8 BOM, content type), its header, the row of an answered thread, escaping of quotes,
 * commas and newlines, formula neutralisation, one section only, and the JSON rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Thread } from '../../shared/threads.js';
import { login, type ApiClient } from '../helpers/api.js';
import { parseCsv } from '../helpers/csvReader.js';
import {
  expectStatus,
  openThread,
  PLAN_ID,
  type ErrorReply,
  type PlanReply,
  type ThreadReply,
} from '../helpers/review.js';
import { startServer, type TestServer } from '../helpers/server.js';
import type { SummaryRow } from '../../server/threads/summary.js';

const HEADER = [
  'STT',
  'Mục',
  'Cơ quan góp ý',
  'Người góp ý',
  'Nội dung góp ý',
  'Trích đoạn',
  'Ý kiến tiếp thu/giải trình',
  'Trạng thái',
];
const TV_NAME = 'Đơn vị tư vấn lập quy hoạch (liên danh tư vấn)';
const SGTVT_NAME = 'Sở Giao thông vận tải';

interface Download {
  status: number;
  bytes: Uint8Array;
  headers: Headers;
}

/** The raw bytes (fetch's text() would swallow the BOM). */
async function download(
  server: TestServer,
  who: ApiClient | null,
  path: string,
): Promise<Download> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    headers: who ? { cookie: who.cookie } : {},
  });
  return {
    status: response.status,
    bytes: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
  };
}

const BOM = [0xef, 0xbb, 0xbf];
const csvText = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));

describe('comment-response summary', () => {
  let server: TestServer;
  let tv: ApiClient;
  let sct: ApiClient;
  let skhdt: ApiClient;
  let sgtvt: ApiClient;
  let sections: PlanReply['sections'];
  let answered: Thread;
  let tricky: Thread;
  let formula: Thread;

  const label = (id: string): string => {
    const s = sections.find((x) => x.id === id);
    return s ? `${s.number}. ${s.titleVi}` : id;
  };
  /** The sections this file comments on; the demo plan has threads of its own elsewhere. */
  const OUR_SECTIONS = ['S3_1', 'S4_5'];
  const OUR_LABELS_OF = () => OUR_SECTIONS.map(label);

  beforeAll(async () => {
    server = await startServer();
    [tv, sct, skhdt, sgtvt] = await Promise.all([
      login(server, 'tv'),
      login(server, 'sct'),
      login(server, 'skhdt'),
      login(server, 'sgtvt'),
    ]);
    sections = expectStatus(
      await skhdt.request<PlanReply>('GET', `/api/plans/${PLAN_ID}`),
      200,
      'plan',
    ).sections;

    // The consultant comments on S3_1; SCT answers "tiếp thu".
    answered = await openThread(
      tv,
      'S3_1',
      'Đề nghị rà soát chỉ tiêu tăng trưởng ngành công nghiệp.',
      'tăng trưởng 12,5%/năm',
    );
    expectStatus(
      await sct.request<ThreadReply>('PUT', `/api/threads/${answered.id}/response`, {
        kind: 'accepted',
        text: 'Đã điều chỉnh còn 10,2%/năm.',
      }),
      200,
      'response',
    );
    // Quotes, commas and newlines, with a reply, on S3_1, then on S4_5 a body that is a formula.
    tricky = await openThread(
      sgtvt,
      'S3_1',
      'Bổ sung "Khu công nghiệp Đồng Bành", cụm công nghiệp Hợp Thành;\nsố liệu năm 2020.',
      'KCN "Đồng Bành", Chi Lăng',
    );
    expectStatus(
      // A follow-up by the commenter; the owner's replies stay out of the summary.
      await sgtvt.request('POST', `/api/threads/${tricky.id}/messages`, {
        body: 'Sở Công Thương, "đã nhận".',
      }),
      201,
      'reply',
    );
    formula = await openThread(
      tv,
      'S4_5',
      '=HYPERLINK("http://evil.example","Bấm")',
      '+SUM(A1:A9)',
    );
    expectStatus(await skhdt.request('POST', `/api/threads/${formula.id}/resolve`), 200, 'resolve');
  });

  afterAll(async () => {
    await server.stop();
  });

  it('the whole plan as CSV: BOM, content type, header and one row per thread', async () => {
    const csv = await download(server, skhdt, `/api/plans/${PLAN_ID}/comments.csv`);
    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);

    const text = csvText(csv.bytes);
    expect(text.startsWith(`${HEADER.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(HEADER);
    // Numbered 1…n over the whole plan, the demo's own threads included; this test's rows
    // are those of S3_1 and S4_5, which the demo leaves without comments.
    expect(rows.slice(1).map((r) => r[0])).toEqual(rows.slice(1).map((_r, i) => String(i + 1)));
    const ours = rows.slice(1).filter((r) => OUR_LABELS_OF().includes(r[1] ?? ''));
    expect(ours.map((r) => r.slice(1))).toEqual([
      [
        label('S3_1'),
        TV_NAME,
        tv.user.name,
        'Đề nghị rà soát chỉ tiêu tăng trưởng ngành công nghiệp.',
        'tăng trưởng 12,5%/năm',
        'Tiếp thu: Đã điều chỉnh còn 10,2%/năm.',
        'Đang mở',
      ],
      [
        label('S3_1'),
        SGTVT_NAME,
        sgtvt.user.name,
        'Bổ sung "Khu công nghiệp Đồng Bành", cụm công nghiệp Hợp Thành;\nsố liệu năm 2020.\nSở Công Thương, "đã nhận".',
        'KCN "Đồng Bành", Chi Lăng',
        '',
        'Đang mở – chưa trả lời',
      ],
      [
        label('S4_5'),
        TV_NAME,
        tv.user.name,
        `'=HYPERLINK("http://evil.example","Bấm")`,
        "'+SUM(A1:A9)",
        '',
        'Đã đóng – chưa trả lời',
      ],
    ]);
  });

  it('escapes quotes, commas and newlines inside quoted cells, byte for byte', async () => {
    const text = csvText((await download(server, tv, `/api/plans/${PLAN_ID}/comments.csv`)).bytes);
    expect(text).toContain(
      '"Bổ sung ""Khu công nghiệp Đồng Bành"", cụm công nghiệp Hợp Thành;\nsố liệu năm 2020.\nSở Công Thương, ""đã nhận""."',
    );
    expect(text).toContain(',"KCN ""Đồng Bành"", Chi Lăng",');
    // Neutralised formulas: a leading apostrophe, inside quotes when the cell needs them.
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""Bấm"")",'+SUM(A1:A9),`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    // 8 columns on every line that starts a row.
    const rows = parseCsv(text);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  it('one section only (?sectionId=), numbered from 1', async () => {
    const csv = await download(server, sct, `/api/plans/${PLAN_ID}/comments.csv?sectionId=S4_5`);
    expect(csv.status).toBe(200);
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    const rows = parseCsv(csvText(csv.bytes));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 2)).toEqual(['1', label('S4_5')]);

    const none = await download(server, sct, `/api/plans/${PLAN_ID}/comments.csv?sectionId=S3_6`);
    expect(none.status).toBe(200);
    expect(parseCsv(csvText(none.bytes))).toEqual([HEADER]);
  });

  it('unknown section or plan: 404; no session: 401', async () => {
    for (const path of [
      `/api/plans/${PLAN_ID}/comments.csv?sectionId=NO_SUCH`,
      `/api/plans/${PLAN_ID}/comments?sectionId=NO_SUCH`,
      '/api/plans/NO-SUCH-PLAN/comments.csv',
      '/api/plans/NO-SUCH-PLAN/comments',
    ]) {
      const r = await skhdt.request<ErrorReply>('GET', path);
      expect(r.status, path).toBe(404);
      expect(r.body.error.code).toBe('not-found');
    }
    expect((await download(server, null, `/api/plans/${PLAN_ID}/comments.csv`)).status).toBe(401);
    expect((await download(server, null, `/api/plans/${PLAN_ID}/comments`)).status).toBe(401);
  });

  it('the same rows as JSON', async () => {
    const r = await skhdt.request<{ rows: SummaryRow[] }>('GET', `/api/plans/${PLAN_ID}/comments`);
    expect(r.status).toBe(200);
    expect(r.body.rows.map((row) => row.index)).toEqual(r.body.rows.map((_row, i) => i + 1));
    const ours = r.body.rows.filter((row) => OUR_SECTIONS.includes(row.sectionId));
    expect(ours.map(({ index: _index, ...row }) => row)).toEqual([
      {
        sectionId: 'S3_1',
        section: label('S3_1'),
        agency: TV_NAME,
        author: tv.user.name,
        comment: 'Đề nghị rà soát chỉ tiêu tăng trưởng ngành công nghiệp.',
        quote: 'tăng trưởng 12,5%/năm',
        responseKind: 'accepted',
        response: 'Đã điều chỉnh còn 10,2%/năm.',
        resolved: false,
      },
      {
        sectionId: 'S3_1',
        section: label('S3_1'),
        agency: SGTVT_NAME,
        author: sgtvt.user.name,
        comment:
          'Bổ sung "Khu công nghiệp Đồng Bành", cụm công nghiệp Hợp Thành;\nsố liệu năm 2020.\nSở Công Thương, "đã nhận".',
        quote: 'KCN "Đồng Bành", Chi Lăng',
        responseKind: null,
        response: '',
        resolved: false,
      },
      {
        sectionId: 'S4_5',
        section: label('S4_5'),
        agency: TV_NAME,
        author: tv.user.name,
        // JSON carries the text as written: neutralising is for spreadsheets only.
        comment: '=HYPERLINK("http://evil.example","Bấm")',
        quote: '+SUM(A1:A9)',
        responseKind: null,
        response: '',
        resolved: true,
      },
    ]);
    const one = await skhdt.request<{ rows: SummaryRow[] }>(
      'GET',
      `/api/plans/${PLAN_ID}/comments?sectionId=S3_1`,
    );
    expect(one.body.rows.map((row) => [row.index, row.sectionId])).toEqual([
      [1, 'S3_1'],
      [2, 'S3_1'],
    ]);
  });

  it('follows the outline order, not the order the comments were made', async () => {
    // A comment on MD (the opening, first in the outline) made last comes first.
    await openThread(tv, 'MD', 'Góp ý phần mở đầu.');
    const r = await skhdt.request<{ rows: SummaryRow[] }>('GET', `/api/plans/${PLAN_ID}/comments`);
    const sections = r.body.rows.map((row) => row.sectionId);
    expect(sections[0]).toBe('MD');
    expect(sections.filter((id) => OUR_SECTIONS.includes(id) || id === 'MD')).toEqual([
      'MD',
      'S3_1',
      'S3_1',
      'S4_5',
    ]);
    expect(r.body.rows.map((row) => row.index)).toEqual(sections.map((_id, i) => i + 1));
  });
});
