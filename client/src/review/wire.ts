/**
 * Review payloads only the client reads (inbox, summary), validated at the edge; the thread shapes
 * the routes share with the server are in shared/api/threads.ts.
 */
import * as z from 'zod/mini';
import { ThreadWire } from '../../../shared/api/threads.js';
import { RESPONSE_KINDS } from '../../../shared/threads.js';

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
