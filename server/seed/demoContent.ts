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
import type { AuditAction } from '../../shared/audit.js';
import { countWords, plainText } from '../collab/plainText.js';
import type { AuditEntry } from '../store/audit.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import { DUE_IN_DAYS, MOVES, THREADS } from './demoActivity.js';
import { DEMO_TEXTS, type DemoBlock } from './demoTexts.js';

const DAY = 86_400_000;

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
  const facts = [...docs].map(([sectionId, doc], i) => ({
    sectionId,
    words: countWords(plainText(doc.getXmlFragment(BODY_FIELD))),
    lastEditedBy: user(byId.get(sectionId)?.owner.toLowerCase() ?? 'tv').id,
    lastEditedAt: ago(1 + (i % 9), 10 + (i % 7)),
  }));
  await store.workflow.saveFacts(facts);
  // The trail the dashboard's recent activity and the audit page show: who wrote, who moved.
  const audit: AuditEntry[] = facts.map((f) => {
    const editor = [...userIds.values()].find((u) => u.id === f.lastEditedBy);
    return auditEntry(editor, 'edit', f.sectionId, '', f.lastEditedAt);
  });

  for (const [sectionId, move] of Object.entries(MOVES)) {
    const section = byId.get(sectionId);
    if (!move || !section) continue;
    const at = ago(move.daysAgo, 15);
    const mover = user(move.by);
    audit.push(
      auditEntry(mover, 'status', sectionId, `DU_THAO → ${section.status}: ${move.note}`, at),
    );
    await store.workflow.recordStatusChange({
      sectionId,
      from: 'DU_THAO',
      to: section.status,
      actorId: user(move.by).id,
      at,
      note: move.note,
    });
    if (section.status === 'DA_DUYET_KHOA') {
      audit.push(auditEntry(mover, 'lock', sectionId, move.note, at));
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
  await store.audit.appendMany(audit.sort((a, b) => a.at.localeCompare(b.at)));
  for (const doc of docs.values()) doc.destroy();
}

function auditEntry(
  actor: { id: string; name: string; agency: string } | undefined,
  action: AuditAction,
  sectionId: string,
  detail: string,
  at: string,
): AuditEntry {
  return {
    at,
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    agency: actor?.agency ?? null,
    action,
    sectionId,
    detail,
    address: null,
  };
}
