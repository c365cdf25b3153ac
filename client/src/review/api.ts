/** The review-thread calls of docs/api.md ("Review threads"), typed. */
import type { ResponseKind, Thread } from '../../../shared/threads.js';
import { requestJson } from '../api/http.js';
import {
  ThreadAnswer,
  ThreadsAnswer,
  type MessageBody,
  type NewThreadBody,
  type ResponseBody,
} from '../../../shared/api/threads.js';
import { InboxAnswer, SummaryAnswer, type InboxItem, type SummaryRow } from './wire.js';

const enc = encodeURIComponent;

function sectionQuery(sectionId: string | null): string {
  return sectionId ? `?${new URLSearchParams({ sectionId }).toString()}` : '';
}

export const reviewApi = {
  async threads(sectionId: string): Promise<Thread[]> {
    const path = `/api/sections/${enc(sectionId)}/threads`;
    return (await requestJson('GET', path, ThreadsAnswer)).threads;
  },

  async open(sectionId: string, input: NewThreadBody): Promise<Thread> {
    const path = `/api/sections/${enc(sectionId)}/threads`;
    return (await requestJson('POST', path, ThreadAnswer, input)).thread;
  },

  async reply(threadId: string, body: string): Promise<Thread> {
    const path = `/api/threads/${enc(threadId)}/messages`;
    return (await requestJson('POST', path, ThreadAnswer, { body } satisfies MessageBody)).thread;
  },

  async editMessage(messageId: string, body: string): Promise<Thread> {
    const path = `/api/messages/${enc(messageId)}`;
    return (await requestJson('PATCH', path, ThreadAnswer, { body } satisfies MessageBody)).thread;
  },

  async deleteMessage(messageId: string): Promise<Thread> {
    const path = `/api/messages/${enc(messageId)}`;
    return (await requestJson('DELETE', path, ThreadAnswer)).thread;
  },

  async setResolved(threadId: string, resolved: boolean): Promise<Thread> {
    const path = `/api/threads/${enc(threadId)}/${resolved ? 'resolve' : 'reopen'}`;
    return (await requestJson('POST', path, ThreadAnswer)).thread;
  },

  /** The owner applies a proposed edit (Tiếp thu). */
  async accept(threadId: string): Promise<Thread> {
    return (await requestJson('POST', `/api/threads/${enc(threadId)}/accept`, ThreadAnswer)).thread;
  },

  async respond(threadId: string, kind: ResponseKind, text: string): Promise<Thread> {
    const path = `/api/threads/${enc(threadId)}/response`;
    return (await requestJson('PUT', path, ThreadAnswer, { kind, text } satisfies ResponseBody))
      .thread;
  },

  async inbox(planId: string): Promise<InboxItem[]> {
    return (await requestJson('GET', `/api/plans/${enc(planId)}/inbox`, InboxAnswer)).items;
  },

  async summary(planId: string, sectionId: string | null): Promise<SummaryRow[]> {
    const path = `/api/plans/${enc(planId)}/comments${sectionQuery(sectionId)}`;
    return (await requestJson('GET', path, SummaryAnswer)).rows;
  },

  /** The CSV is a download link, not a fetch. */
  summaryCsvUrl(planId: string, sectionId: string | null): string {
    return `/api/plans/${enc(planId)}/comments.csv${sectionQuery(sectionId)}`;
  },
};
