import { EventEmitter } from 'node:events';
import { decodeAnchor } from '../../shared/anchors.js';
import type { PublicUser } from '../../shared/model.js';
import type { ResponseKind, Thread } from '../../shared/threads.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { SectionRecord } from '../store/plans.js';
import type { Store } from '../store/store.js';
import { findMentions, type Mention } from './mentions.js';

export interface NewThreadInput {
  anchor: { from: string; to: string };
  quote: string;
  body: string;
  /** A proposed edit: the text proposed instead of `quote`. */
  proposal?: string | undefined;
}

/** The formal answer recorded when the owner applies a proposal. */
export const ACCEPTED_PROPOSAL_TEXT = 'Đã sửa theo đề xuất.';

interface ThreadEvents {
  /** Something changed in the threads of this section. */
  changed: [section: SectionRecord];
}

/** Comment threads: every step authorized by the shared policy, then announced. */
export class ThreadCommands extends EventEmitter<ThreadEvents> {
  constructor(
    private readonly store: Store,
    private readonly directory: SectionDirectory,
  ) {
    super();
  }

  async list(sectionId: string): Promise<Thread[]> {
    return this.store.threads.list({ sectionIds: [this.section(sectionId).id] });
  }

  async open(actor: PublicUser, sectionId: string, input: NewThreadInput): Promise<Thread> {
    const section = this.section(sectionId);
    authorize(actor, input.proposal === undefined ? 'comment' : 'propose', section);
    if (input.proposal !== undefined && input.quote.trim() === '') {
      throw new AppError(400, 'invalid-request', 'quote: a proposed edit replaces a passage.');
    }
    if (!decodeAnchor(input.anchor)) {
      throw new AppError(
        400,
        'invalid-anchor',
        'anchor.from and anchor.to must be encoded Yjs relative positions.',
      );
    }
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    await this.store.threads.create(
      {
        id,
        sectionId,
        authorId: actor.id,
        anchorFrom: input.anchor.from,
        anchorTo: input.anchor.to,
        quote: input.quote,
        proposal: input.proposal ?? null,
        at,
      },
      {
        id: crypto.randomUUID(),
        threadId: id,
        authorId: actor.id,
        body: input.body,
        at,
        mentions: await this.mentions(input.body),
      },
    );
    return this.announce(section, id);
  }

  async reply(actor: PublicUser, threadId: string, body: string): Promise<Thread> {
    const { section } = await this.thread(threadId);
    authorize(actor, 'comment', section);
    const at = new Date().toISOString();
    await this.store.threads.addMessage({
      id: crypto.randomUUID(),
      threadId,
      authorId: actor.id,
      body,
      at,
      mentions: await this.mentions(body),
    });
    return this.announce(section, threadId);
  }

  async editMessage(actor: PublicUser, messageId: string, body: string): Promise<Thread> {
    const { message, section } = await this.message(messageId, actor);
    const at = new Date().toISOString();
    await this.store.threads.editMessage({
      id: messageId,
      threadId: message.thread_id,
      body,
      at,
      mentions: await this.mentions(body),
    });
    return this.announce(section, message.thread_id);
  }

  async deleteMessage(actor: PublicUser, messageId: string): Promise<Thread> {
    const { message, section } = await this.message(messageId, actor);
    await this.store.threads.deleteMessage(messageId, new Date().toISOString());
    return this.announce(section, message.thread_id);
  }

  async setResolved(actor: PublicUser, threadId: string, resolved: boolean): Promise<Thread> {
    const { row, section } = await this.thread(threadId);
    authorize(actor, 'resolveThread', { section, authorId: row.author_id });
    await this.store.threads.setResolved(
      threadId,
      resolved ? actor.id : null,
      resolved ? new Date().toISOString() : null,
    );
    return this.announce(section, threadId);
  }

  async respond(
    actor: PublicUser,
    threadId: string,
    kind: ResponseKind,
    text: string,
  ): Promise<Thread> {
    const { row, section } = await this.thread(threadId);
    authorize(actor, 'respond', section);
    if (row.proposal !== null && kind === 'accepted' && row.response_kind !== 'accepted') {
      throw new AppError(
        409,
        'apply-proposal',
        'A proposed edit is accepted by applying it: POST /api/threads/:id/accept.',
      );
    }
    await this.store.threads.setResponse(threadId, kind, text, actor.id, new Date().toISOString());
    return this.announce(section, threadId);
  }

  /** A proposed edit and its section (404 for a comment). */
  async proposal(threadId: string) {
    const found = await this.thread(threadId);
    if (found.row.proposal === null) throw notFound('Proposal');
    return { ...found, proposal: found.row.proposal };
  }

  /** Once the proposal's text is stored: the answer becomes Tiếp thu and the thread is closed. */
  async proposalApplied(actor: PublicUser, threadId: string): Promise<Thread> {
    const { section } = await this.thread(threadId);
    const at = new Date().toISOString();
    await this.store.threads.setResponse(
      threadId,
      'accepted',
      ACCEPTED_PROPOSAL_TEXT,
      actor.id,
      at,
    );
    await this.store.threads.setResolved(threadId, actor.id, at);
    return this.announce(section, threadId);
  }

  private section(id: string): SectionRecord {
    const section = this.directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  }

  private async thread(id: string) {
    const row = await this.store.threads.threadRow(id);
    if (!row) throw notFound('Thread');
    return { row, section: this.section(row.section_id) };
  }

  private async message(id: string, actor: PublicUser) {
    const message = await this.store.threads.messageRow(id);
    if (!message || message.deleted_at) throw notFound('Message');
    authorize(actor, 'editMessage', { authorId: message.author_id });
    const { section } = await this.thread(message.thread_id);
    return { message, section };
  }

  private async mentions(body: string): Promise<Mention[]> {
    if (!body.includes('@')) return [];
    const [agencies, people] = await Promise.all([
      this.store.plans.agencies(),
      this.store.users.list(),
    ]);
    return findMentions(body, { agencies, people });
  }

  private async announce(section: SectionRecord, threadId: string): Promise<Thread> {
    this.emit('changed', section);
    const [thread] = await this.store.threads.list({ threadIds: [threadId] });
    if (!thread) throw notFound('Thread');
    return thread;
  }
}
