/**
 * Review threads over real HTTP, real SQLite and stock y-websocket providers: a consultant who
 * may not write a section comments on a passage, the owning agency answers formally, the
 * conversation and its permissions, mentions and inboxes, and the live thread counters of the
 * plan room.
 */
import { describe, expect, it } from 'vitest';
import { resolveInText } from '../../shared/anchors.js';
import type { Anchor, Thread } from '../../shared/threads.js';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { synced } from '../helpers/collabClient.js';
import {
  anchorFor,
  detachedAnchor,
  openThread,
  PLAN_ID,
  PLAN_ROOM,
  plainOf,
  textContaining,
  threadStats,
  type ErrorReply,
  type ThreadReply,
} from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

type InboxReply = { items: { reason: 'owner' | 'mention'; thread: Thread }[] };

const USERS = ['tv', 'sct', 'sct2', 'skhdt', 'sgtvt', 'sgtvt2', 'bcd', 'admin', 'syt'] as const;
type Username = (typeof USERS)[number];

describe('review threads', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const threadsOf = async (who: ApiClient, sectionId: string): Promise<Thread[]> => {
    const r = await who.request<{ threads: Thread[] }>('GET', `/api/sections/${sectionId}/threads`);
    expect(r.status).toBe(200);
    return r.body.threads;
  };
  const respond = (who: ApiClient, threadId: string, kind: string, text: string) =>
    who.request<ThreadReply>('PUT', `/api/threads/${threadId}/response`, { kind, text });
  const reply = (who: ApiClient, threadId: string, body: string) =>
    who.request<ThreadReply>('POST', `/api/threads/${threadId}/messages`, { body });
  const inbox = async (who: ApiClient): Promise<InboxReply['items']> => {
    const r = await who.request<InboxReply>('GET', `/api/plans/${PLAN_ID}/inbox`);
    expect(r.status).toBe(200);
    return r.body.items;
  };
  const reasonIn = async (who: ApiClient, threadId: string): Promise<string | null> =>
    (await inbox(who)).find((i) => i.thread.id === threadId)?.reason ?? null;

  it('a consultant who may not write S3_1 comments on a passage; SCT sees it and answers "tiếp thu"', async () => {
    const passage = 'bình quân 12,5%/năm';
    const writer = connect(as.sct, 'S3_1');
    const reader = connect(as.tv, 'S3_1');
    await Promise.all([synced(writer), synced(reader)]);
    writer.type(`Công nghiệp chế biến tăng trưởng ${passage} giai đoạn 2021–2030.`);
    await waitFor(() => reader.text().includes(passage), {
      message: 'the consultant sees the text',
    });

    const anchor = anchorFor(reader.doc, passage);
    // The consultant may not write this section…
    reader.type('Tư vấn sửa trực tiếp');
    await waitFor(() => reader.refusals.includes('not-owner'), { message: 'tv refused' });

    // …but comments on it.
    const opened = await as.tv.request<ThreadReply>('POST', '/api/sections/S3_1/threads', {
      anchor,
      quote: passage,
      body: 'Đề nghị rà soát lại chỉ tiêu tăng trưởng, cao hơn mức bình quân cả nước.',
    });
    expect(opened.status).toBe(201);
    const thread = opened.body.thread;
    expect(thread).toMatchObject({
      sectionId: 'S3_1',
      author: { id: as.tv.user.id, name: as.tv.user.name, agency: 'TV' },
      anchor,
      quote: passage,
      resolved: null,
      response: null,
      mentions: [],
    });
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]).toMatchObject({
      threadId: thread.id,
      author: { id: as.tv.user.id, agency: 'TV' },
      body: 'Đề nghị rà soát lại chỉ tiêu tăng trưởng, cao hơn mức bình quân cả nước.',
      editedAt: null,
      deleted: false,
    });

    // The anchor, as stored, resolves to the passage in the owner's copy of the document.
    const seen = (await threadsOf(as.sct, 'S3_1')).find((t) => t.id === thread.id);
    expect(seen?.anchor).toEqual(anchor);
    const range = resolveInText(writer.doc, seen?.anchor ?? detachedAnchor());
    const text = textContaining(writer.doc, passage);
    expect(range.detached).toBe(false);
    if (!range.detached && text) expect(plainOf(text).slice(range.from, range.to)).toBe(passage);

    // Only the owning agency answers.
    for (const who of [as.tv, as.skhdt, as.sgtvt, as.bcd, as.admin]) {
      const refused = await respond(who, thread.id, 'accepted', 'Không phải việc của tôi');
      expect(refused.status, who.user.username).toBe(403);
    }
    const answered = await respond(
      as.sct,
      thread.id,
      'accepted',
      'Tiếp thu, đã điều chỉnh còn 10,2%/năm.',
    );
    expect(answered.status).toBe(200);
    expect(answered.body.thread.response).toMatchObject({
      kind: 'accepted',
      text: 'Tiếp thu, đã điều chỉnh còn 10,2%/năm.',
      by: { id: as.sct.user.id, agency: 'SCT' },
    });

    // The response can be revised, by anyone of the owning agency.
    const revised = await respond(as.sct2, thread.id, 'explained', 'Giữ 12,5% vì có dự án lớn.');
    expect(revised.status).toBe(200);
    expect(revised.body.thread.response).toMatchObject({
      kind: 'explained',
      text: 'Giữ 12,5% vì có dự án lớn.',
      by: { id: as.sct2.user.id, agency: 'SCT' },
    });
    const again = (await threadsOf(as.tv, 'S3_1')).find((t) => t.id === thread.id);
    expect(again?.response?.kind).toBe('explained');
    expect(again?.response?.text).toBe('Giữ 12,5% vì có dự án lớn.');
  });

  it('replies; only the author edits or deletes a message', async () => {
    const thread = await openThread(as.tv, 'S3_3', 'Bổ sung số liệu xuất nhập khẩu qua cửa khẩu.');
    const first = thread.messages[0]!;

    const fromSgtvt = await reply(
      as.sgtvt,
      thread.id,
      'Đề nghị thống nhất với số liệu của Sở GTVT.',
    );
    expect(fromSgtvt.status).toBe(201);
    const fromSct = await reply(as.sct, thread.id, 'Sở Công Thương sẽ cập nhật.');
    expect(fromSct.status).toBe(201);
    const messages = fromSct.body.thread.messages;
    expect(messages.map((m) => m.author.agency)).toEqual(['TV', 'SGTVT', 'SCT']);
    const sgtvtMessage = messages[1]!;

    // Editing: the author only; nobody else, not the owning agency, not the coordinator.
    for (const who of [as.tv, as.sct, as.skhdt, as.sgtvt2, as.admin]) {
      const r = await who.request<ErrorReply>('PATCH', `/api/messages/${sgtvtMessage.id}`, {
        body: 'sửa hộ',
      });
      expect(r.status, who.user.username).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    const edited = await as.sgtvt.request<ThreadReply>(
      'PATCH',
      `/api/messages/${sgtvtMessage.id}`,
      {
        body: 'Đề nghị thống nhất với số liệu năm 2020 của Sở GTVT.',
      },
    );
    expect(edited.status).toBe(200);
    const after = edited.body.thread.messages.find((m) => m.id === sgtvtMessage.id);
    expect(after?.body).toBe('Đề nghị thống nhất với số liệu năm 2020 của Sở GTVT.');
    expect(after?.editedAt).toEqual(expect.any(String));
    expect(after?.deleted).toBe(false);

    // Deleting: the author only.
    for (const who of [as.sgtvt, as.sct, as.skhdt]) {
      const r = await who.request('DELETE', `/api/messages/${first.id}`);
      expect(r.status, who.user.username).toBe(403);
    }
    const deleted = await as.tv.request<ThreadReply>('DELETE', `/api/messages/${first.id}`);
    expect(deleted.status).toBe(200);
    const gone = deleted.body.thread.messages.find((m) => m.id === first.id);
    expect(gone).toMatchObject({ deleted: true, body: '' });
    // The thread stays, with its other messages.
    expect(deleted.body.thread.messages).toHaveLength(3);

    // A deleted or unknown message is not found.
    expect((await as.tv.request('DELETE', `/api/messages/${first.id}`)).status).toBe(404);
    expect((await as.tv.request('PATCH', `/api/messages/${first.id}`, { body: 'x' })).status).toBe(
      404,
    );
    expect(
      (await as.tv.request('PATCH', '/api/messages/no-such-message', { body: 'x' })).status,
    ).toBe(404);
    expect((await as.tv.request('DELETE', '/api/messages/no-such-message')).status).toBe(404);
    expect((await reply(as.tv, 'no-such-thread', 'x')).status).toBe(404);
    expect((await respond(as.sct, 'no-such-thread', 'accepted', 'x')).status).toBe(404);
    expect((await as.tv.request('POST', '/api/threads/no-such-thread/resolve')).status).toBe(404);
    expect((await as.tv.request('GET', '/api/sections/NO_SUCH/threads')).status).toBe(404);
    const onUnknown = await as.tv.request('POST', '/api/sections/NO_SUCH/threads', {
      anchor: detachedAnchor(),
      quote: '',
      body: 'x',
    });
    expect(onUnknown.status).toBe(404);
  });

  it.each<{ who: Username; role: string; allowed: boolean }>([
    { who: 'tv', role: 'the thread author', allowed: true },
    { who: 'sct2', role: 'the owning agency', allowed: true },
    { who: 'skhdt', role: 'the coordinator', allowed: true },
    { who: 'sgtvt', role: 'another agency', allowed: false },
    { who: 'bcd', role: 'a leader', allowed: false },
    { who: 'admin', role: 'the admin', allowed: false },
  ])('resolve and reopen by $role ($who): allowed $allowed', async ({ who, allowed }) => {
    const thread = await openThread(as.tv, 'S4_5', 'Cập nhật Quy hoạch điện VIII.');
    const resolve = await as[who].request<ThreadReply>('POST', `/api/threads/${thread.id}/resolve`);
    if (!allowed) {
      expect(resolve.status).toBe(403);
      // Resolved by someone who may, it still cannot be reopened by this one.
      expect((await as.skhdt.request('POST', `/api/threads/${thread.id}/resolve`)).status).toBe(
        200,
      );
      expect((await as[who].request('POST', `/api/threads/${thread.id}/reopen`)).status).toBe(403);
      const [stored] = (await threadsOf(as.skhdt, 'S4_5')).filter((t) => t.id === thread.id);
      expect(stored?.resolved?.by.id).toBe(as.skhdt.user.id);
      return;
    }
    expect(resolve.status).toBe(200);
    expect(resolve.body.thread.resolved).toMatchObject({ by: { id: as[who].user.id } });
    expect(resolve.body.thread.resolved?.at).toEqual(expect.any(String));
    const reopen = await as[who].request<ThreadReply>('POST', `/api/threads/${thread.id}/reopen`);
    expect(reopen.status).toBe(200);
    expect(reopen.body.thread.resolved).toBeNull();
  });

  it('the author reopens what the coordinator resolved, and the owner what the author resolved', async () => {
    const thread = await openThread(as.sgtvt, 'S3_1', 'Bổ sung tuyến đường tỉnh 229.');
    expect((await as.skhdt.request('POST', `/api/threads/${thread.id}/resolve`)).status).toBe(200);
    expect((await as.sgtvt.request('POST', `/api/threads/${thread.id}/reopen`)).status).toBe(200);
    expect((await as.sgtvt.request('POST', `/api/threads/${thread.id}/resolve`)).status).toBe(200);
    const reopened = await as.sct.request<ThreadReply>('POST', `/api/threads/${thread.id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body.thread.resolved).toBeNull();
  });

  it('everyone but the admin comments, including those who may not write the section', async () => {
    for (const who of ['bcd', 'syt', 'sgtvt', 'skhdt', 'tv', 'sct'] as const) {
      const r = await as[who].request('POST', '/api/sections/S3_6/threads', {
        anchor: detachedAnchor(),
        quote: 'văn',
        body: `Góp ý của ${who}`,
      });
      expect(r.status, who).toBe(201);
    }
    const byAdmin = await as.admin.request<ErrorReply>('POST', '/api/sections/S3_6/threads', {
      anchor: detachedAnchor(),
      quote: 'văn',
      body: 'Quản trị góp ý',
    });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.error.code).toBe('forbidden');

    const threads = await threadsOf(as.admin, 'S3_6');
    expect(threads.map((t) => t.author.agency)).toEqual([
      'BCD',
      'SYT',
      'SGTVT',
      'SKHDT',
      'TV',
      'SCT',
    ]);
    const adminReply = await reply(as.admin, threads[0]!.id, 'Quản trị trả lời');
    expect(adminReply.status).toBe(403);
  });

  it('401 without a session, on every route', async () => {
    const thread = await openThread(as.tv, 'S4_5', 'Góp ý');
    const messageId = thread.messages[0]!.id;
    const routes: [string, string, unknown][] = [
      ['GET', '/api/sections/S4_5/threads', undefined],
      ['POST', '/api/sections/S4_5/threads', { anchor: detachedAnchor(), quote: '', body: 'x' }],
      ['POST', `/api/threads/${thread.id}/messages`, { body: 'x' }],
      ['PATCH', `/api/messages/${messageId}`, { body: 'x' }],
      ['DELETE', `/api/messages/${messageId}`, undefined],
      ['POST', `/api/threads/${thread.id}/resolve`, undefined],
      ['POST', `/api/threads/${thread.id}/reopen`, undefined],
      ['PUT', `/api/threads/${thread.id}/response`, { kind: 'accepted', text: 'x' }],
      ['GET', `/api/plans/${PLAN_ID}/inbox`, undefined],
    ];
    for (const [method, path, body] of routes) {
      const r = await rawRequest<ErrorReply>(fixture.server, method, path, { body });
      expect(r.status, `${method} ${path}`).toBe(401);
      expect(r.body.error.code).toBe('unauthenticated');
    }
    // Nothing happened.
    const [stored] = (await threadsOf(as.tv, 'S4_5')).filter((t) => t.id === thread.id);
    expect(stored?.messages).toHaveLength(1);
    expect(stored?.resolved).toBeNull();
  });

  describe('validation: 400', () => {
    const good = { anchor: detachedAnchor(), quote: 'văn', body: 'Góp ý hợp lệ' };
    it.each<{ name: string; body: unknown; code: string }>([
      {
        name: 'no body',
        body: { anchor: good.anchor, quote: good.quote },
        code: 'invalid-request',
      },
      { name: 'an empty body', body: { ...good, body: '' }, code: 'invalid-request' },
      { name: 'a blank body', body: { ...good, body: ' \n\t ' }, code: 'invalid-request' },
      { name: 'a body that is not text', body: { ...good, body: 42 }, code: 'invalid-request' },
      {
        name: 'a body over 10 000 characters',
        body: { ...good, body: 'a'.repeat(10_001) },
        code: 'invalid-request',
      },
      { name: 'no anchor', body: { quote: good.quote, body: good.body }, code: 'invalid-request' },
      {
        name: 'an anchor without "to"',
        body: { ...good, anchor: { from: good.anchor.from } },
        code: 'invalid-request',
      },
      {
        name: 'an anchor that is not base64',
        body: { ...good, anchor: { from: 'không phải!', to: good.anchor.to } },
        code: 'invalid-request',
      },
      {
        name: 'an anchor of a truncated position',
        body: { ...good, anchor: { from: '/w==', to: good.anchor.to } },
        code: 'invalid-anchor',
      },
      // Base64 that Yjs decodes into a position naming nothing (kind 7): not an anchor.
      {
        name: 'an anchor of an unknown kind',
        body: { ...good, anchor: { from: 'BwA=', to: good.anchor.to } },
        code: 'invalid-anchor',
      },
      {
        name: 'an anchor of plain text',
        body: { ...good, anchor: { from: btoa('hello'), to: btoa('world') } },
        code: 'invalid-anchor',
      },
      {
        name: 'a quote over 2 000 characters',
        body: { ...good, quote: 'q'.repeat(2_001) },
        code: 'invalid-request',
      },
    ])('a new thread with $name', async ({ body, code }) => {
      const r = await as.tv.request<ErrorReply>('POST', '/api/sections/S4_5/threads', body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe(code);
    });

    it('malformed JSON', async () => {
      const r = await rawRequest<ErrorReply>(fixture.server, 'POST', '/api/sections/S4_5/threads', {
        body: '{"anchor":',
        cookie: as.tv.cookie,
      });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid-json');
    });

    it('replies, edits and responses', async () => {
      const thread = await openThread(as.tv, 'S4_5', 'Góp ý');
      const messageId = thread.messages[0]!.id;
      const cases: [ApiClient, string, string, unknown][] = [
        [as.tv, 'POST', `/api/threads/${thread.id}/messages`, {}],
        [as.tv, 'POST', `/api/threads/${thread.id}/messages`, { body: '' }],
        [as.tv, 'PATCH', `/api/messages/${messageId}`, { body: '   ' }],
        [as.tv, 'PATCH', `/api/messages/${messageId}`, {}],
        [as.sct, 'PUT', `/api/threads/${thread.id}/response`, { kind: 'agreed', text: 'x' }],
        [as.sct, 'PUT', `/api/threads/${thread.id}/response`, { kind: 'ACCEPTED', text: 'x' }],
        [as.sct, 'PUT', `/api/threads/${thread.id}/response`, { text: 'x' }],
        [as.sct, 'PUT', `/api/threads/${thread.id}/response`, { kind: 'accepted' }],
        [as.sct, 'PUT', `/api/threads/${thread.id}/response`, { kind: 'accepted', text: '' }],
      ];
      for (const [who, method, path, body] of cases) {
        const r = await who.request<ErrorReply>(method, path, body);
        expect(r.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
        expect(r.body.error.code).toBe('invalid-request');
      }
      const [stored] = (await threadsOf(as.tv, 'S4_5')).filter((t) => t.id === thread.id);
      expect(stored?.messages.map((m) => m.body)).toEqual(['Góp ý']);
      expect(stored?.response).toBeNull();
    });
  });

  it('bodies are stored and returned verbatim, as JSON text', async () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '<script>alert("x")</script> & "quotes" \'single\'',
      '[bấm vào đây](javascript:alert(1))',
    ];
    const quote = '<b onmouseover=alert(1)>trích</b>';
    const thread = await openThread(as.tv, 'S4_5', payloads[0]!, quote);
    for (const body of payloads.slice(1))
      expect((await reply(as.sgtvt, thread.id, body)).status).toBe(201);
    expect((await respond(as.sct, thread.id, 'rejected', payloads[1]!)).status).toBe(200);

    const r = await as.tv.request<{ threads: Thread[] }>('GET', '/api/sections/S4_5/threads');
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const stored = r.body.threads.find((t) => t.id === thread.id);
    expect(stored?.quote).toBe(quote);
    expect(stored?.messages.map((m) => m.body)).toEqual(payloads);
    expect(stored?.response?.text).toBe('javascript:alert(1)');
  });

  describe('mentions and inboxes', () => {
    it('@Sở Giao thông vận tải and @sgtvt2 put the thread in the SGTVT inbox', async () => {
      const byName = await openThread(
        as.tv,
        'S3_1',
        'Đề nghị @Sở Giao thông vận tải cho ý kiến về tuyến cao tốc Hữu Nghị – Chi Lăng.',
      );
      expect(byName.mentions).toEqual(['SGTVT']);
      expect(await reasonIn(as.sgtvt, byName.id)).toBe('mention');
      expect(await reasonIn(as.sgtvt2, byName.id)).toBe('mention');

      const byPerson = await openThread(as.skhdt, 'S4_5', 'Góp ý về lưới điện.');
      expect(await reasonIn(as.sgtvt, byPerson.id)).toBeNull();
      const mention = await reply(as.skhdt, byPerson.id, 'Nhờ @sgtvt2 kiểm tra hành lang tuyến.');
      expect(mention.status).toBe(201);
      expect(mention.body.thread.mentions).toContain('SGTVT');
      expect(await reasonIn(as.sgtvt, byPerson.id)).toBe('mention');

      // A mention edited away leaves the inbox; a resolved thread leaves it too.
      const mentionId = mention.body.thread.messages.at(-1)!.id;
      const edited = await as.skhdt.request<ThreadReply>('PATCH', `/api/messages/${mentionId}`, {
        body: 'Nhờ Sở Công Thương kiểm tra hành lang tuyến.',
      });
      expect(edited.status).toBe(200);
      expect(edited.body.thread.mentions).not.toContain('SGTVT');
      expect(await reasonIn(as.sgtvt, byPerson.id)).toBeNull();

      expect((await as.skhdt.request('POST', `/api/threads/${byName.id}/resolve`)).status).toBe(
        200,
      );
      expect(await reasonIn(as.sgtvt, byName.id)).toBeNull();
      // Agencies not mentioned never see it.
      expect(await reasonIn(as.syt, byName.id)).toBeNull();
    });

    it("the owning agency's inbox lists unanswered open threads until answered or resolved", async () => {
      const answered = await openThread(as.tv, 'S3_3', 'Làm rõ định hướng logistics.');
      const resolved = await openThread(as.bcd, 'S4_5', 'Ban Chỉ đạo đề nghị bổ sung.');
      const elsewhere = await openThread(as.tv, 'S3_6', 'Mục của Sở Y tế.');

      expect(await reasonIn(as.sct, answered.id)).toBe('owner');
      expect(await reasonIn(as.sct2, resolved.id)).toBe('owner');
      expect(await reasonIn(as.sct, elsewhere.id)).toBeNull();
      expect(await reasonIn(as.syt, elsewhere.id)).toBe('owner');
      // The commenter's own inbox does not list it.
      expect(await reasonIn(as.tv, answered.id)).toBeNull();

      expect((await respond(as.sct, answered.id, 'accepted', 'Đã bổ sung.')).status).toBe(200);
      expect(await reasonIn(as.sct, answered.id)).toBeNull();
      expect((await as.bcd.request('POST', `/api/threads/${resolved.id}/resolve`)).status).toBe(
        200,
      );
      expect(await reasonIn(as.sct, resolved.id)).toBeNull();
      // Reopened and still unanswered: back in the inbox.
      expect((await as.sct.request('POST', `/api/threads/${resolved.id}/reopen`)).status).toBe(200);
      expect(await reasonIn(as.sct, resolved.id)).toBe('owner');

      const items = await inbox(as.sct);
      expect(items.every((i) => i.thread.resolved === null)).toBe(true);
      expect(
        items.filter((i) => i.reason === 'owner').every((i) => i.thread.response === null),
      ).toBe(true);
    });

    it("the owning agency's own notes on its section are not waiting for its answer", async () => {
      const note = await openThread(as.sct2, 'S3_3', 'Ghi chú nội bộ: cập nhật số liệu quý IV.');
      expect(await reasonIn(as.sct, note.id)).toBeNull();
      expect(await reasonIn(as.sct2, note.id)).toBeNull();
    });

    it('an unknown plan has no inbox', async () => {
      expect((await as.sct.request('GET', '/api/plans/NO-SUCH-PLAN/inbox')).status).toBe(404);
    });
  });

  it('the plan room carries threadStats live: new thread, reply, response, resolution', async () => {
    const SECTION = 'S3_8';
    const plan = connect(as.syt, PLAN_ROOM);
    await synced(plan);
    const stats = () => threadStats(plan.doc, SECTION);
    const start = await waitFor(() => stats(), { message: 'threadStats of S3_8 in the plan room' });
    expect(start).toMatchObject({ open: 0, unanswered: 0, total: 0 });

    /** After an HTTP call, the counters must move within one second. */
    const expectLive = async (
      expected: { open: number; unanswered: number; total: number },
      previousRevision: number,
      what: string,
    ): Promise<number> => {
      const now = await waitFor(
        () => {
          const s = stats();
          return s && s.revision > previousRevision ? s : null;
        },
        { timeout: 1_000, message: `threadStats after ${what}` },
      );
      expect(now, what).toMatchObject(expected);
      return now.revision;
    };

    const thread = await openThread(as.tv, SECTION, 'Bổ sung chỉ tiêu đổi mới sáng tạo.');
    let revision = await expectLive(
      { open: 1, unanswered: 1, total: 1 },
      start.revision,
      'a new thread',
    );

    expect((await reply(as.sgtvt, thread.id, 'Đồng ý với tư vấn.')).status).toBe(201);
    revision = await expectLive({ open: 1, unanswered: 1, total: 1 }, revision, 'a reply');

    // SKHCN owns S3_8.
    const skhcn = await login(fixture.server, 'skhcn');
    expect((await respond(skhcn, thread.id, 'accepted', 'Đã bổ sung.')).status).toBe(200);
    revision = await expectLive({ open: 1, unanswered: 0, total: 1 }, revision, 'a response');

    expect((await as.tv.request('POST', `/api/threads/${thread.id}/resolve`)).status).toBe(200);
    revision = await expectLive({ open: 0, unanswered: 0, total: 1 }, revision, 'a resolution');

    expect((await as.tv.request('POST', `/api/threads/${thread.id}/reopen`)).status).toBe(200);
    await expectLive({ open: 1, unanswered: 0, total: 1 }, revision, 'reopening');

    // A client that joins later gets the same counters.
    const late = connect(as.bcd, PLAN_ROOM);
    await synced(late);
    await waitFor(() => threadStats(late.doc, SECTION)?.revision === stats()?.revision, {
      message: 'late joiner has the counters',
    });
    expect(threadStats(late.doc, SECTION)).toEqual(stats());
  });

  it('a thread whose passage is deleted keeps its quote and anchor', async () => {
    const passage = 'đường cao tốc Đồng Đăng – Trà Lĩnh';
    const writer = connect(as.sct, 'S4_5');
    await synced(writer);
    writer.type(`Ưu tiên kết nối ${passage} với khu kinh tế.`);
    const anchor: Anchor = anchorFor(writer.doc, passage);
    const thread = await openThread(as.tv, 'S4_5', 'Cập nhật tên dự án.', passage, anchor);

    const text = textContaining(writer.doc, passage);
    if (!text) throw new Error('no text');
    text.delete(plainOf(text).indexOf(passage), passage.length);
    const observer = connect(as.skhdt, 'S4_5');
    await synced(observer);
    await waitFor(
      () => observer.text().includes('Ưu tiên kết nối') && !observer.text().includes(passage),
      {
        message: 'the deletion reaches the server',
      },
    );

    const [stored] = (await threadsOf(as.sct, 'S4_5')).filter((t) => t.id === thread.id);
    expect(stored?.quote).toBe(passage);
    expect(stored?.anchor).toEqual(anchor);
    expect(resolveInText(observer.doc, anchor)).toEqual({ detached: true });
  });
});
