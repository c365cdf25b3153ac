/**
 * The comment-response summary (bảng tổng hợp tiếp thu, giải trình) as tables: which rows,
 * in which order, with which cells — and the CSV encoding those cells go through.
 */
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../shared/model.js';
import type { Person, ResponseKind, Thread, ThreadMessage } from '../../shared/threads.js';
import { toCsv } from '../../server/http/csv.js';
import { parseCsv } from '../helpers/csvReader.js';
import type { SectionRecord } from '../../server/store/plans.js';
import {
  summaryCsvRow,
  summaryRows,
  SUMMARY_HEADER_VI,
  type SummaryRow,
} from '../../server/threads/summary.js';

const AGENCIES: Agency[] = [
  {
    code: 'SCT',
    nameVi: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
    kind: 'department',
  },
  { code: 'TV', nameVi: 'Đơn vị tư vấn', nameEn: 'Consultant', kind: 'consultant' },
  {
    code: 'SGTVT',
    nameVi: 'Sở Giao thông vận tải',
    nameEn: 'Department of Transport',
    kind: 'department',
  },
];

function section(id: string, number: string, titleVi: string, position: number): SectionRecord {
  return {
    id,
    planId: 'P',
    number,
    titleVi,
    titleEn: titleVi,
    parentId: null,
    position,
    owner: 'SCT',
    contributors: [],
    writers: [],
    synthesis: false,
    status: 'DU_THAO',
    lock: null,
    dueDate: null,
    deletedAt: null,
  };
}

/** Outline order: S3_1 before S3_3 before S4_5 (the order of the array given). */
const SECTIONS = [
  section('S3_1', 'III.1', 'Phương án phát triển ngành công nghiệp', 0),
  section('S3_3', 'III.3', 'Phương án phát triển ngành dịch vụ', 1),
  section('S4_5', 'IV.5', 'Phương án phát triển mạng lưới cấp điện', 2),
];

const TV: Person = { id: 'u-tv', name: 'Nông Thị Mai', agency: 'TV' };
const SGTVT: Person = { id: 'u-sgtvt', name: 'Lương Văn Phúc', agency: 'SGTVT' };
const SCT: Person = { id: 'u-sct', name: 'Hoàng Văn Đức', agency: 'SCT' };
const STRANGER: Person = { id: 'u-x', name: 'Người lạ', agency: 'XYZ' };

let nextId = 0;
function message(author: Person, body: string, deleted = false): ThreadMessage {
  nextId += 1;
  return {
    id: `m${nextId}`,
    threadId: 't',
    author,
    body: deleted ? '' : body,
    createdAt: '2021-03-01T00:00:00.000Z',
    editedAt: null,
    deleted,
  };
}

function thread(
  id: string,
  sectionId: string,
  createdAt: string,
  author: Person,
  messages: ThreadMessage[],
  extra: {
    quote?: string;
    proposal?: string;
    response?: [ResponseKind, string];
    resolved?: boolean;
  } = {},
): Thread {
  return {
    id,
    sectionId,
    author,
    anchor: { from: 'AA==', to: 'AA==' },
    quote: extra.quote ?? '',
    proposal: extra.proposal ?? null,
    createdAt,
    resolved: extra.resolved ? { by: SCT, at: '2021-03-05T00:00:00.000Z' } : null,
    response: extra.response
      ? {
          kind: extra.response[0],
          text: extra.response[1],
          by: SCT,
          at: '2021-03-04T00:00:00.000Z',
        }
      : null,
    messages,
    mentions: [],
  };
}

describe('summaryRows', () => {
  // Given out of order on purpose: rows follow the outline, then the time of the comment.
  const THREADS: Thread[] = [
    thread('t-late', 'S3_1', '2021-03-02T09:00:00.000Z', SGTVT, [message(SGTVT, 'Bổ sung tuyến')]),
    thread(
      't-s45',
      'S4_5',
      '2021-03-01T08:00:00.000Z',
      TV,
      [message(TV, 'Cập nhật quy hoạch điện VIII')],
      { response: ['rejected', 'Đã có trong phụ lục'], resolved: true },
    ),
    thread(
      't-early',
      'S3_1',
      '2021-03-01T09:00:00.000Z',
      TV,
      [
        message(TV, 'Số liệu 2020 chưa khớp'),
        message(SCT, 'Đã gỡ', true),
        message(SCT, 'Sẽ cập nhật theo niên giám'),
      ],
      { quote: 'tăng trưởng 8,5%', response: ['accepted', 'Đã cập nhật số liệu'] },
    ),
    thread('t-s33', 'S3_3', '2021-03-03T00:00:00.000Z', STRANGER, [message(STRANGER, 'Ý kiến')], {
      response: ['explained', 'Giữ nguyên vì phù hợp'],
    }),
  ];

  const rows = summaryRows(SECTIONS, THREADS, AGENCIES);
  const byId = new Map(rows.map((r) => [r.index, r]));

  it('orders rows by the outline, then by when the thread was opened, numbered from 1', () => {
    expect(rows.map((r) => [r.index, r.sectionId])).toEqual([
      [1, 'S3_1'],
      [2, 'S3_1'],
      [3, 'S3_3'],
      [4, 'S4_5'],
    ]);
    // The owning agency's replies (SCT owns S3_1) stay out: its answer has its own column.
    expect(rows.filter((r) => r.sectionId === 'S3_1').map((r) => r.comment)).toEqual([
      'Số liệu 2020 chưa khớp',
      'Bổ sung tuyến',
    ]);
  });

  const expected: SummaryRow[] = [
    {
      index: 1,
      sectionId: 'S3_1',
      section: 'III.1. Phương án phát triển ngành công nghiệp',
      agency: 'Đơn vị tư vấn',
      author: 'Nông Thị Mai',
      comment: 'Số liệu 2020 chưa khớp',
      quote: 'tăng trưởng 8,5%',
      responseKind: 'accepted',
      response: 'Đã cập nhật số liệu',
      resolved: false,
    },
    {
      index: 2,
      sectionId: 'S3_1',
      section: 'III.1. Phương án phát triển ngành công nghiệp',
      agency: 'Sở Giao thông vận tải',
      author: 'Lương Văn Phúc',
      comment: 'Bổ sung tuyến',
      quote: '',
      responseKind: null,
      response: '',
      resolved: false,
    },
    {
      index: 3,
      sectionId: 'S3_3',
      section: 'III.3. Phương án phát triển ngành dịch vụ',
      // An agency not in the list shows its code.
      agency: 'XYZ',
      author: 'Người lạ',
      comment: 'Ý kiến',
      quote: '',
      responseKind: 'explained',
      response: 'Giữ nguyên vì phù hợp',
      resolved: false,
    },
    {
      index: 4,
      sectionId: 'S4_5',
      section: 'IV.5. Phương án phát triển mạng lưới cấp điện',
      agency: 'Đơn vị tư vấn',
      author: 'Nông Thị Mai',
      comment: 'Cập nhật quy hoạch điện VIII',
      quote: '',
      responseKind: 'rejected',
      response: 'Đã có trong phụ lục',
      resolved: true,
    },
  ];

  it.each(expected)('row $index ($sectionId)', (row) => {
    expect(byId.get(row.index)).toEqual(row);
  });

  it('a thread of a section missing from the outline is labelled with its id', () => {
    const [row] = summaryRows(
      SECTIONS,
      [thread('t-gone', 'S9_9', '2021-03-01T00:00:00.000Z', TV, [message(TV, 'Mục đã xóa')])],
      AGENCIES,
    );
    expect(row).toMatchObject({
      index: 1,
      sectionId: 'S9_9',
      section: 'S9_9',
      comment: 'Mục đã xóa',
    });
  });

  it("a proposed edit shows the proposed text before the reviewer's words", () => {
    const [row] = summaryRows(
      SECTIONS,
      [
        thread('t-p', 'S3_1', '2021-03-01T00:00:00.000Z', TV, [message(TV, 'Rõ hơn')], {
          quote: 'khu công nghiệp',
          proposal: 'khu công nghiệp Hữu Lũng',
        }),
      ],
      AGENCIES,
    );
    expect(row).toMatchObject({
      quote: 'khu công nghiệp',
      comment: 'Đề xuất sửa thành: "khu công nghiệp Hữu Lũng"\nRõ hơn',
    });
  });

  it('no threads, no rows', () => {
    expect(summaryRows(SECTIONS, [], AGENCIES)).toEqual([]);
  });
});

describe('summaryCsvRow', () => {
  const base: SummaryRow = {
    index: 7,
    sectionId: 'S3_1',
    section: 'III.1. Công nghiệp',
    agency: 'Đơn vị tư vấn',
    author: 'Nông Thị Mai',
    comment: 'Góp ý',
    quote: 'trích',
    responseKind: null,
    response: '',
    resolved: false,
  };
  it.each<{ kind: ResponseKind | null; resolved: boolean; response: string; state: string }>([
    { kind: null, resolved: false, response: '', state: 'Đang mở – chưa trả lời' },
    { kind: null, resolved: true, response: '', state: 'Đã đóng – chưa trả lời' },
    { kind: 'accepted', resolved: false, response: 'Tiếp thu: Đã sửa', state: 'Đang mở' },
    { kind: 'explained', resolved: true, response: 'Giải trình: Đã sửa', state: 'Đã đóng' },
    { kind: 'rejected', resolved: false, response: 'Không tiếp thu: Đã sửa', state: 'Đang mở' },
  ])('$kind, resolved $resolved', ({ kind, resolved, response, state }) => {
    const row = { ...base, responseKind: kind, response: kind ? 'Đã sửa' : '', resolved };
    expect(summaryCsvRow(row)).toEqual([
      7,
      'III.1. Công nghiệp',
      'Đơn vị tư vấn',
      'Nông Thị Mai',
      'Góp ý',
      'trích',
      response,
      state,
    ]);
  });

  it('has as many cells as the header has columns', () => {
    expect(summaryCsvRow(base)).toHaveLength(SUMMARY_HEADER_VI.length);
    expect(SUMMARY_HEADER_VI.join(',')).toBe(
      'STT,Mục,Cơ quan góp ý,Người góp ý,Nội dung góp ý,Trích đoạn,Ý kiến tiếp thu/giải trình,Trạng thái',
    );
  });
});

describe('toCsv', () => {
  it.each<{ name: string; value: string | number | null; csv: string }>([
    { name: 'plain Vietnamese text', value: 'Sở Công Thương', csv: 'Sở Công Thương' },
    { name: 'a number', value: 42, csv: '42' },
    { name: 'null', value: null, csv: '' },
    { name: 'empty', value: '', csv: '' },
    { name: 'a comma', value: 'Tăng 1.624,8 tỷ đồng', csv: '"Tăng 1.624,8 tỷ đồng"' },
    { name: 'quotes', value: 'Gọi là "hành lang"', csv: '"Gọi là ""hành lang"""' },
    { name: 'a newline', value: 'dòng 1\ndòng 2', csv: '"dòng 1\ndòng 2"' },
    { name: 'a CRLF', value: 'dòng 1\r\ndòng 2', csv: '"dòng 1\r\ndòng 2"' },
    {
      name: 'a formula with =',
      value: '=HYPERLINK("http://x")',
      csv: `"'=HYPERLINK(""http://x"")"`,
    },
    { name: 'a formula with +', value: '+1+2', csv: "'+1+2" },
    { name: 'a formula with -', value: '-2+3', csv: "'-2+3" },
    { name: 'a formula with @', value: '@SUM(A1)', csv: "'@SUM(A1)" },
    { name: 'a leading tab', value: '\t=1', csv: "'\t=1" },
    { name: 'a leading CR', value: '\r=1', csv: `"'\r=1"` },
    { name: 'a formula with a comma', value: '=1,2', csv: `"'=1,2"` },
    { name: '= later in the text is harmless', value: 'a=b', csv: 'a=b' },
    {
      name: 'HTML stays as it is',
      value: '<img src=x onerror=alert(1)>',
      csv: '<img src=x onerror=alert(1)>',
    },
  ])('$name', ({ value, csv }) => {
    expect(toCsv(['H'], [[value]])).toBe(`H\r\n${csv}\r\n`);
  });

  it('joins cells with commas and rows with CRLF, ending with CRLF', () => {
    expect(
      toCsv(
        ['STT', 'Nội dung'],
        [
          [1, 'Một'],
          [2, 'Hai, ba'],
        ],
      ),
    ).toBe('STT,Nội dung\r\n1,Một\r\n2,"Hai, ba"\r\n');
  });

  it('a header alone is one line', () => {
    expect(toCsv(SUMMARY_HEADER_VI, [])).toBe(`${SUMMARY_HEADER_VI.join(',')}\r\n`);
  });

  it('round-trips through a strict CSV reader', () => {
    const cells = ['a,b', 'c"d', 'e\nf', 'Tiếp thu: "đồng ý", sửa\r\nlại'];
    const csv = toCsv(['x', 'y', 'z', 'w'], [cells]);
    expect(parseCsv(csv)).toEqual([['x', 'y', 'z', 'w'], cells]);
  });
});
