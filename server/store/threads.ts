import type { Kysely } from 'kysely';
import type {
  Person,
  ResponseKind,
  Thread,
  ThreadMessage,
  ThreadStats,
} from '../../shared/threads.js';
import type { Database, ThreadMessageRow, ThreadRow } from './schema.js';

export interface NewThread {
  id: string;
  sectionId: string;
  authorId: string;
  anchorFrom: string;
  anchorTo: string;
  quote: string;
  /** For a proposed edit: the text proposed instead of the quote. */
  proposal?: string | null;
  at: string;
}

export interface NewMessage {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  at: string;
  mentions: { agency: string; userId: string | null }[];
}

export type ThreadFilter = { sectionIds: readonly string[] } | { threadIds: readonly string[] };

export type ThreadCounts = Omit<ThreadStats, 'revision'>;

const UNKNOWN: Person = { id: '', name: '?', agency: '' };

/** Threads, their messages and mentions; names come from the users table at read time. */
export class ThreadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(thread: NewThread, first: NewMessage): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('threads')
        .values({
          id: thread.id,
          section_id: thread.sectionId,
          author_id: thread.authorId,
          anchor_from: thread.anchorFrom,
          anchor_to: thread.anchorTo,
          quote: thread.quote,
          created_at: thread.at,
          resolved_at: null,
          resolved_by: null,
          response_kind: null,
          response_text: null,
          response_by: null,
          response_at: null,
          proposal: thread.proposal ?? null,
        })
        .execute();
      await new ThreadRepository(trx).addMessage(first);
    });
  }

  async addMessage(message: NewMessage): Promise<void> {
    await this.db
      .insertInto('thread_messages')
      .values({
        id: message.id,
        thread_id: message.threadId,
        author_id: message.authorId,
        body: message.body,
        created_at: message.at,
        edited_at: null,
        deleted_at: null,
      })
      .execute();
    await this.replaceMentions(message);
  }

  async editMessage(message: Omit<NewMessage, 'authorId'>): Promise<void> {
    await this.db
      .updateTable('thread_messages')
      .set({ body: message.body, edited_at: message.at })
      .where('id', '=', message.id)
      .execute();
    await this.replaceMentions(message);
  }

  async deleteMessage(id: string, at: string): Promise<void> {
    await this.db
      .updateTable('thread_messages')
      .set({ body: '', deleted_at: at })
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('thread_mentions').where('message_id', '=', id).execute();
  }

  async setResolved(threadId: string, by: string | null, at: string | null): Promise<void> {
    await this.db
      .updateTable('threads')
      .set({ resolved_by: by, resolved_at: at })
      .where('id', '=', threadId)
      .execute();
  }

  async setResponse(
    threadId: string,
    kind: ResponseKind,
    text: string,
    by: string,
    at: string,
  ): Promise<void> {
    await this.db
      .updateTable('threads')
      .set({ response_kind: kind, response_text: text, response_by: by, response_at: at })
      .where('id', '=', threadId)
      .execute();
  }

  async threadRow(id: string): Promise<ThreadRow | undefined> {
    return this.db.selectFrom('threads').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async messageRow(id: string): Promise<ThreadMessageRow | undefined> {
    return this.db
      .selectFrom('thread_messages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Full threads (oldest first) of the given sections, with messages and mentions. */
  async list(filter: ThreadFilter): Promise<Thread[]> {
    const [column, values] =
      'sectionIds' in filter
        ? (['section_id', filter.sectionIds] as const)
        : (['id', filter.threadIds] as const);
    if (values.length === 0) return [];
    const rows = await this.db
      .selectFrom('threads')
      .selectAll()
      .where(column, 'in', [...values])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [messages, mentions, people] = await Promise.all([
      this.db
        .selectFrom('thread_messages')
        .selectAll()
        .where('thread_id', 'in', ids)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      this.db
        .selectFrom('thread_mentions')
        .select(['thread_id', 'agency'])
        .where('thread_id', 'in', ids)
        .execute(),
      this.people(),
    ]);
    const person = (id: string | null): Person => (id ? (people.get(id) ?? UNKNOWN) : UNKNOWN);
    const toMessage = (m: ThreadMessageRow): ThreadMessage => ({
      id: m.id,
      threadId: m.thread_id,
      author: person(m.author_id),
      body: m.body,
      createdAt: m.created_at,
      editedAt: m.edited_at,
      deleted: m.deleted_at !== null,
    });
    return rows.map((r) => ({
      id: r.id,
      sectionId: r.section_id,
      author: person(r.author_id),
      anchor: { from: r.anchor_from, to: r.anchor_to },
      quote: r.quote,
      proposal: r.proposal,
      createdAt: r.created_at,
      resolved: r.resolved_at ? { by: person(r.resolved_by), at: r.resolved_at } : null,
      response:
        r.response_kind && r.response_at
          ? {
              kind: r.response_kind as ResponseKind,
              text: r.response_text ?? '',
              by: person(r.response_by),
              at: r.response_at,
            }
          : null,
      messages: messages.filter((m) => m.thread_id === r.id).map(toMessage),
      mentions: [...new Set(mentions.filter((m) => m.thread_id === r.id).map((m) => m.agency))],
    }));
  }

  async stats(sectionId: string): Promise<ThreadCounts> {
    return (
      (await this.statsFor([sectionId])).get(sectionId) ?? { total: 0, open: 0, unanswered: 0 }
    );
  }

  /** Counts per section; sections without threads are absent. */
  async statsFor(sectionIds: readonly string[]): Promise<Map<string, ThreadCounts>> {
    const counts = new Map<string, ThreadCounts>();
    if (sectionIds.length === 0) return counts;
    const rows = await this.db
      .selectFrom('threads')
      .select(['section_id', 'resolved_at', 'response_kind'])
      .where('section_id', 'in', [...sectionIds])
      .execute();
    for (const r of rows) {
      const c = counts.get(r.section_id) ?? { total: 0, open: 0, unanswered: 0 };
      c.total += 1;
      if (r.resolved_at === null) c.open += 1;
      if (r.resolved_at === null && r.response_kind === null) c.unanswered += 1;
      counts.set(r.section_id, c);
    }
    return counts;
  }

  private async replaceMentions(
    message: Pick<NewMessage, 'id' | 'threadId' | 'mentions'>,
  ): Promise<void> {
    await this.db.deleteFrom('thread_mentions').where('message_id', '=', message.id).execute();
    if (message.mentions.length === 0) return;
    await this.db
      .insertInto('thread_mentions')
      .values(
        message.mentions.map((m) => ({
          message_id: message.id,
          thread_id: message.threadId,
          agency: m.agency,
          user_id: m.userId,
        })),
      )
      .execute();
  }

  private async people(): Promise<Map<string, Person>> {
    const users = await this.db.selectFrom('users').select(['id', 'name', 'agency']).execute();
    return new Map(users.map((u) => [u.id, u]));
  }
}
