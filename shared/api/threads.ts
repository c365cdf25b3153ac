/**
 * The review thread routes (docs/api.md "Review threads"): what the client sends, which the
 * server validates with the same schemas, and the threads it answers with.
 */
import * as z from 'zod/mini';
import type { Thread, ThreadStats } from '../threads.js';
import {
  MAX_MESSAGE_LENGTH,
  MAX_PROPOSAL_LENGTH,
  MAX_QUOTE_LENGTH,
  RESPONSE_KINDS,
} from '../threads.js';
import { text } from './fields.js';

const Base64 = z
  .string()
  .check(z.minLength(1), z.maxLength(4096), z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'));
const MessageText = text(1, MAX_MESSAGE_LENGTH);

/** `POST /api/sections/:id/threads` */
export const NewThreadBody = z.object({
  anchor: z.object({ from: Base64, to: Base64 }),
  quote: z.string().check(z.maxLength(MAX_QUOTE_LENGTH)),
  body: MessageText,
  /** A proposed edit: the text proposed instead of `quote` (which must then not be empty). */
  proposal: z.optional(z.string().check(z.maxLength(MAX_PROPOSAL_LENGTH))),
});
/** `POST /api/threads/:id/messages`, `PATCH /api/messages/:id` */
export const MessageBody = z.object({ body: MessageText });
/** `PUT /api/threads/:id/response` */
export const ResponseBody = z.object({ kind: z.enum(RESPONSE_KINDS), text: MessageText });

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
  proposal: z.nullable(z.string()),
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

/** One entry of the plan room's `threadStats` map. */
export const ThreadStatsWire: z.ZodMiniType<ThreadStats> = z.object({
  open: z.number(),
  unanswered: z.number(),
  total: z.number(),
  revision: z.number(),
});

export type NewThreadBody = z.input<typeof NewThreadBody>;
export type ResponseBody = z.input<typeof ResponseBody>;
export type MessageBody = z.input<typeof MessageBody>;
