/**
 * What makes the demo worth trying at first sight: text in a dozen sections, word counts,
 * comment threads (some answered formally, one resolved), the status moves that led to the
 * sections' statuses and an approved, locked section. Deterministic for a given day: documents
 * are built under fixed Yjs client ids, dates count back from `today`.
 */
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { encodeAnchor } from '../../shared/anchors.js';
import { contentSchema } from '../../shared/editor/content.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { ResponseKind } from '../../shared/threads.js';
import { countWords, plainText } from '../collab/plainText.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import { DEMO_TEXTS, type DemoBlock } from './demoTexts.js';

const DAY = 86_400_000;

interface DemoThread {
  section: string;
  /** The commented passage: it must occur in one paragraph of the section. */
  quote: string;
  by: string;
  body: string;
  daysAgo: number;
  reply?: { by: string; body: string };
  response?: { kind: ResponseKind; by: string; text: string };
  resolvedBy?: string;
}

const THREADS: DemoThread[] = [
  {
    section: 'S1_2',
    quote: 'khoảng 790 nghìn người',
    by: 'tv',
    body: 'Đề nghị Cục Thống kê thống nhất số dân năm 2020 với Niên giám thống kê và với chỉ tiêu trong bảng số liệu dùng chung.',
    daysAgo: 9,
    response: {
      kind: 'accepted',
      by: 'ctk',
      text: 'Tiếp thu. Đã đối chiếu với Niên giám thống kê 2020 và cập nhật bảng số liệu.',
    },
    resolvedBy: 'tv',
  },
  {
    section: 'S1_3',
    quote: 'Hiệp định RCEP',
    by: 'bcd',
    body: 'Cần phân tích cụ thể hơn tác động của RCEP đối với hàng nông sản xuất khẩu qua các cửa khẩu của tỉnh.',
    daysAgo: 4,
  },
  {
    section: 'S2_2',
    quote: 'Tốc độ tăng trưởng GRDP bình quân 8,0 - 8,5%/năm',
    by: 'skhdt',
    body: 'Chỉ tiêu tăng trưởng cần đối chiếu với Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và kịch bản tăng trưởng ở mục II.1.',
    daysAgo: 6,
    response: {
      kind: 'explained',
      by: 'tv',
      text: 'Giải trình: mức 8,0 - 8,5% là phương án cơ sở; phương án cao 9% được trình bày ở mục II.1 để Ban Chỉ đạo lựa chọn.',
    },
  },
  {
    section: 'S4_1',
    quote: 'IV (thị xã)',
    by: 'tv',
    body: 'Đề nghị Sở Xây dựng bổ sung lộ trình và các tiêu chí còn thiếu để Đồng Đăng đạt đô thị loại IV.',
    daysAgo: 2,
    reply: {
      by: 'sxd',
      body: 'Sở đang tổng hợp theo Nghị quyết 1210/2016/UBTVQH13, sẽ bổ sung trong tuần tới.',
    },
  },
  {
    section: 'S6_1',
    quote: 'các bãi tập kết hàng hóa ở cửa khẩu',
    by: 'bcd',
    body: 'Đề nghị bổ sung số liệu quan trắc tại từng bãi tập kết.',
    daysAgo: 12,
    response: {
      kind: 'rejected',
      by: 'stnmt',
      text: 'Không tiếp thu: số liệu quan trắc từng bãi thuộc báo cáo đánh giá môi trường chiến lược, không đưa vào báo cáo quy hoạch.',
    },
  },
  {
    section: 'S3_4',
    quote: 'Công viên địa chất Lạng Sơn',
    by: 'tv',
    body: 'Nêu rõ phạm vi không gian của công viên địa chất để thống nhất với phương án sử dụng đất ở mục V.1.',
    daysAgo: 1,
  },
];

/** How each section came to its demo status: from draft, moved by this account, days ago. */
const MOVES: Partial<Record<string, { by: string; daysAgo: number; note: string }>> = {
  S1_1: { by: 'skhdt', daysAgo: 3, note: 'Đã thống nhất tại phiên họp Ban Chỉ đạo' },
  S1_2: { by: 'ctk', daysAgo: 10, note: 'Gửi tư vấn tích hợp' },
  S1_3: { by: 'tv', daysAgo: 5, note: 'Lấy ý kiến các sở, ngành' },
  S1_7: { by: 'stnmt', daysAgo: 7, note: 'Gửi tư vấn tích hợp' },
  S2_2: { by: 'skhdt', daysAgo: 2, note: 'Trình Ban Chỉ đạo cho ý kiến' },
  S6_1: { by: 'tv', daysAgo: 13, note: 'Lấy ý kiến các sở, ngành' },
  S6_3: { by: 'tv', daysAgo: 8, note: 'Đã tiếp thu ý kiến góp ý' },
};

/** Due dates, in days from today: those in the past make the overdue lists show something. */
const DUE_IN_DAYS: Record<string, number> = {
  S1_1: -20,
  S1_2: -5,
  S1_3: 10,
  S1_5: -8,
  S1_6: -3,
  S1_7: 14,
  S1_8: -6,
  S1_9: 30,
  S2_1: 7,
  S2_2: -2,
  S3_4: 25,
  S3_5: 25,
  S3_7: 40,
  S4_1: 45,
  S4_3: 45,
  S4_7: 60,
  S6_1: 18,
  S6_3: 18,
};

export function demoDueDate(sectionId: string, today: Date): string | null {
  const days = DUE_IN_DAYS[sectionId];
  return days === undefined
    ? null
    : new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);
}

const text = (value: string): JSONContent => ({ type: 'text', text: value });
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: [text(value)] });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({
  type,
  content: [paragraph(value)],
});

function blockJson(block: DemoBlock): JSONContent {
  if (typeof block === 'string') return paragraph(block);
  if ('h' in block) return { type: 'heading', attrs: { level: 3 }, content: [text(block.h)] };
  if ('ul' in block) {
    return {
      type: 'bulletList',
      content: block.ul.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
    };
  }
  return {
    type: 'table',
    content: block.table.map((row, r) => ({
      type: 'tableRow',
      content: row.map((value) => cell(r === 0 ? 'tableHeader' : 'tableCell', value)),
    })),
  };
}

/** The section's body as a Yjs document written under a fixed client id. */
function demoDoc(blocks: DemoBlock[], clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const node = contentSchema().nodeFromJSON({ type: 'doc', content: blocks.map(blockJson) });
  node.check();
  prosemirrorJSONToYXmlFragment(contentSchema(), node.toJSON(), doc.getXmlFragment(BODY_FIELD));
  return doc;
}

/** The passage `quote` in the first paragraph (anywhere in the body) that holds it. */
function anchorOf(doc: Y.Doc, quote: string) {
  const texts: Y.XmlText[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(BODY_FIELD));
  for (const t of texts) {
    const plain = (t.toDelta() as { insert?: unknown }[])
      .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
      .join('');
    const at = plain.indexOf(quote);
    if (at >= 0) {
      return encodeAnchor(
        Y.createRelativePositionFromTypeIndex(t, at),
        Y.createRelativePositionFromTypeIndex(t, at + quote.length),
      );
    }
  }
  throw new Error(`The demo quote "${quote}" is not in its section`);
}

export async function seedDemoContent(
  store: Store,
  sections: readonly SectionRecord[],
  today: Date,
): Promise<void> {
  const userIds = new Map((await store.users.list()).map((u) => [u.username, u]));
  const user = (username: string) => {
    const found = userIds.get(username);
    if (!found) throw new Error(`No demo account ${username}`);
    return found;
  };
  const ago = (days: number, hour = 9) =>
    new Date(today.getTime() - days * DAY + hour * 3_600_000).toISOString();
  const byId = new Map(sections.map((s) => [s.id, s]));

  const docs = new Map<string, Y.Doc>();
  let clientId = 1;
  for (const [sectionId, blocks] of Object.entries(DEMO_TEXTS)) {
    const doc = demoDoc(blocks, clientId++);
    docs.set(sectionId, doc);
    await store.documents.compact(
      sectionId,
      Y.encodeStateAsUpdate(doc),
      0,
      Y.encodeStateVector(doc),
    );
  }
  await store.workflow.saveFacts(
    [...docs].map(([sectionId, doc], i) => ({
      sectionId,
      words: countWords(plainText(doc.getXmlFragment(BODY_FIELD))),
      lastEditedBy: user(byId.get(sectionId)?.owner.toLowerCase() ?? 'tv').id,
      lastEditedAt: ago(1 + (i % 9), 10 + (i % 7)),
    })),
  );

  for (const [sectionId, move] of Object.entries(MOVES)) {
    const section = byId.get(sectionId);
    if (!move || !section) continue;
    const at = ago(move.daysAgo, 15);
    await store.workflow.recordStatusChange({
      sectionId,
      from: 'DU_THAO',
      to: section.status,
      actorId: user(move.by).id,
      at,
      note: move.note,
    });
    if (section.status === 'DA_DUYET_KHOA') {
      await store.plans.updateSection(sectionId, {
        locked_at: at,
        locked_by: user(move.by).id,
        lock_note: move.note,
      });
    }
  }

  for (const [i, thread] of THREADS.entries()) {
    const doc = docs.get(thread.section);
    if (!doc) throw new Error(`The demo thread's section ${thread.section} has no text`);
    const anchor = anchorOf(doc, thread.quote);
    const id = `demo-thread-${i + 1}`;
    const at = ago(thread.daysAgo, 8 + i);
    await store.threads.create(
      {
        id,
        sectionId: thread.section,
        authorId: user(thread.by).id,
        anchorFrom: anchor.from,
        anchorTo: anchor.to,
        quote: thread.quote,
        proposal: null,
        at,
      },
      {
        id: `${id}-1`,
        threadId: id,
        authorId: user(thread.by).id,
        body: thread.body,
        at,
        mentions: [],
      },
    );
    const later = ago(Math.max(thread.daysAgo - 1, 0), 16);
    if (thread.reply) {
      await store.threads.addMessage({
        id: `${id}-2`,
        threadId: id,
        authorId: user(thread.reply.by).id,
        body: thread.reply.body,
        at: later,
        mentions: [],
      });
    }
    if (thread.response) {
      const { kind, by, text: answer } = thread.response;
      await store.threads.setResponse(id, kind, answer, user(by).id, later);
    }
    if (thread.resolvedBy) await store.threads.setResolved(id, user(thread.resolvedBy).id, later);
  }
  for (const doc of docs.values()) doc.destroy();
}
