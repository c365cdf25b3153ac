/**
 * Helpers for the review-thread and workflow tests: the demo plan id, typed replies, anchors
 * made the way a client makes them, and the plan room's live maps.
 */
import * as Y from 'yjs';
import { encodeAnchor } from '../../shared/anchors.js';
import {
  BODY_FIELD,
  PLAN_SECTIONS_FIELD,
  PLAN_THREAD_STATS_FIELD,
} from '../../shared/protocol/collab.js';
import type { Anchor, Thread, ThreadStats } from '../../shared/threads.js';
import type { SectionView } from '../../server/plan/views.js';
import type { ApiClient, ApiResponse } from './api.js';

export const PLAN_ID = 'QHT-LS-2021-2030';
export const PLAN_ROOM = `plan:${PLAN_ID}`;

export interface ThreadReply {
  thread: Thread;
}
export interface ErrorReply {
  error: { code: string; message: string };
}
export type SectionReply = { section: SectionView & { title: string } };
export interface PlanReply {
  id: string;
  sections: (SectionView & { title: string })[];
}

/** The first Y.XmlText of a section body that contains `passage`. */
export function textContaining(doc: Y.Doc, passage: string): Y.XmlText | null {
  const visit = (node: Y.XmlFragment | Y.XmlElement): Y.XmlText | null => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText && plainOf(child).includes(passage)) return child;
      if (child instanceof Y.XmlElement) {
        const found = visit(child);
        if (found) return found;
      }
    }
    return null;
  };
  return visit(doc.getXmlFragment(BODY_FIELD));
}

export function plainOf(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');
}

/** The anchor a client makes when someone selects `passage` in the section `doc`. */
export function anchorFor(doc: Y.Doc, passage: string): Anchor {
  const text = textContaining(doc, passage);
  if (!text) throw new Error(`"${passage}" is not in the document`);
  const from = plainOf(text).indexOf(passage);
  return encodeAnchor(
    Y.createRelativePositionFromTypeIndex(text, from),
    Y.createRelativePositionFromTypeIndex(text, from + passage.length, -1),
  );
}

/** A well-formed anchor into a document of its own (the server only checks the encoding). */
export function detachedAnchor(): Anchor {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('đoạn văn mẫu')]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  return anchorFor(doc, 'văn');
}

export async function openThread(
  client: ApiClient,
  sectionId: string,
  body: string,
  quote = 'văn',
  anchor: Anchor = detachedAnchor(),
): Promise<Thread> {
  const response = await client.request<ThreadReply>('POST', `/api/sections/${sectionId}/threads`, {
    anchor,
    quote,
    body,
  });
  if (response.status !== 201) {
    throw new Error(
      `open thread on ${sectionId}: ${response.status} ${JSON.stringify(response.body)}`,
    );
  }
  return response.body.thread;
}

/** Throws with the body when the status is not the one expected (for setup steps). */
export function expectStatus<T>(response: ApiResponse<T>, status: number, what: string): T {
  if (response.status !== status) {
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

export function threadStats(doc: Y.Doc, sectionId: string): ThreadStats | undefined {
  return doc.getMap<ThreadStats>(PLAN_THREAD_STATS_FIELD).get(sectionId);
}

export function planSection(doc: Y.Doc, sectionId: string): SectionView | undefined {
  return doc.getMap<SectionView>(PLAN_SECTIONS_FIELD).get(sectionId);
}
