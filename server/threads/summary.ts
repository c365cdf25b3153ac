import type { Agency } from '../../shared/model.js';
import type { ResponseKind, Thread } from '../../shared/threads.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';

/** One row of the comment-response summary (bảng tổng hợp tiếp thu, giải trình). */
export interface SummaryRow {
  index: number;
  sectionId: string;
  section: string;
  agency: string;
  author: string;
  comment: string;
  quote: string;
  responseKind: ResponseKind | null;
  response: string;
  resolved: boolean;
}

export const SUMMARY_HEADER_VI = [
  'STT',
  'Mục',
  'Cơ quan góp ý',
  'Người góp ý',
  'Nội dung góp ý',
  'Trích đoạn',
  'Ý kiến tiếp thu/giải trình',
  'Trạng thái',
];

const RESPONSE_VI: Record<ResponseKind, string> = {
  accepted: 'Tiếp thu',
  explained: 'Giải trình',
  rejected: 'Không tiếp thu',
};

/** The summary of `sections` as the store holds it now. */
export async function loadSummary(store: Store, sections: SectionRecord[]): Promise<SummaryRow[]> {
  const [threads, agencies] = await Promise.all([
    store.threads.list({ sectionIds: sections.map((s) => s.id) }),
    store.plans.agencies(),
  ]);
  return summaryRows(sections, threads, agencies);
}

/** Rows in outline order, then in the order the comments were made. */
export function summaryRows(
  sections: readonly SectionRecord[],
  threads: readonly Thread[],
  agencies: readonly Agency[],
): SummaryRow[] {
  const order = new Map(sections.map((s, i) => [s.id, i]));
  const agencyName = new Map(agencies.map((a) => [a.code, a.nameVi]));
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  return [...threads]
    .sort(
      (a, b) =>
        (order.get(a.sectionId) ?? 0) - (order.get(b.sectionId) ?? 0) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((t, i) => {
      const section = sectionOf.get(t.sectionId);
      return {
        index: i + 1,
        sectionId: t.sectionId,
        section: section ? `${section.number}. ${section.titleVi}` : t.sectionId,
        agency: agencyName.get(t.author.agency) ?? t.author.agency,
        author: t.author.name,
        // The reviewers' words; the owning agency's replies belong with its formal answer.
        comment: [
          ...(t.proposal === null ? [] : [`Đề xuất sửa thành: "${t.proposal}"`]),
          ...t.messages
            .filter((m) => !m.deleted && m.author.agency !== section?.owner)
            .map((m) => m.body),
        ].join('\n'),
        quote: t.quote,
        responseKind: t.response?.kind ?? null,
        response: t.response ? t.response.text : '',
        resolved: t.resolved !== null,
      };
    });
}

/** The CSV cells, in Vietnamese as the province files them. */
export function summaryCsvRow(row: SummaryRow): (string | number)[] {
  const response = row.responseKind ? `${RESPONSE_VI[row.responseKind]}: ${row.response}` : '';
  const state = `${row.resolved ? 'Đã đóng' : 'Đang mở'}${row.responseKind ? '' : ' – chưa trả lời'}`;
  return [row.index, row.section, row.agency, row.author, row.comment, row.quote, response, state];
}
