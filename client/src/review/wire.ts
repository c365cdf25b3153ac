/** Review payloads as the server sends them (docs/api.md "Review threads"), validated at the edge. */
import * as z from 'zod/mini';
import type { Thread, ThreadStats } from '../../../shared/threads.js';
import { RESPONSE_KINDS } from '../../../shared/threads.js';

const PersonWire = z.object({ id: z.string(), name: z.string(), agency: z.string() });

const MessageWire = z.object({
  id: z.string(),
  threadId: z.string(),
  author: PersonWire,
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  deleted: z.boolean(),
});

export const ThreadWire: z.ZodMiniType<Thread> = z.object({
  id: z.string(),
  sectionId: z.string(),
  author: PersonWire,
  anchor: z.object({ from: z.string(), to: z.string() }),
  quote: z.string(),
  createdAt: z.string(),
  resolved: z.nullable(z.object({ by: PersonWire, at: z.string() })),
  response: z.nullable(
    z.object({ kind: z.enum(RESPONSE_KINDS), text: z.string(), by: PersonWire, at: z.string() }),
  ),
  messages: z.array(MessageWire),
  mentions: z.array(z.string()),
});

export const ThreadAnswer = z.object({ thread: ThreadWire });
export const ThreadsAnswer = z.object({ threads: z.array(ThreadWire) });

export const InboxItemWire = z.object({
  reason: z.enum(['owner', 'mention']),
  thread: ThreadWire,
});
export const InboxAnswer = z.object({ items: z.array(InboxItemWire) });
export type InboxItem = z.infer<typeof InboxItemWire>;

export const SummaryRowWire = z.object({
  index: z.number(),
  sectionId: z.string(),
  section: z.string(),
  agency: z.string(),
  author: z.string(),
  comment: z.string(),
  quote: z.string(),
  responseKind: z.nullable(z.enum(RESPONSE_KINDS)),
  response: z.string(),
  resolved: z.boolean(),
});
export const SummaryAnswer = z.object({ rows: z.array(SummaryRowWire) });
export type SummaryRow = z.infer<typeof SummaryRowWire>;

/** One entry of the plan room's `threadStats` map. */
export const ThreadStatsWire: z.ZodMiniType<ThreadStats> = z.object({
  open: z.number(),
  unanswered: z.number(),
  total: z.number(),
  revision: z.number(),
});
