/**
 * Proposed edits (đề xuất sửa) over real HTTP and live providers: anyone who may comment
 * proposes replacement text beside the document; the owning agency accepts it, which writes
 * exactly the proposed text through the section's room (seen live) and answers Tiếp thu; a
 * proposal whose passage changed since is refused as stale; rejecting takes a reason; proposals
 * are in the comment-response summary.
 */
import { describe, expect, it } from 'vitest';
import type { Thread } from '../../shared/threads.js';
import type { ApiClient } from '../helpers/api.js';
import { synced, type CollabClient } from '../helpers/collabClient.js';
import {
  anchorFor,
  expectStatus,
  PLAN_ID,
  plainOf,
  textContaining,
  type ErrorReply,
  type ThreadReply,
} from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const USERS = ['sct', 'sct2', 'tv', 'skhdt', 'bcd', 'admin'] as const;

describe('proposed edits', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const propose = (who: ApiClient, client: CollabClient, passage: string, proposal: string) =>
    who.request<ThreadReply & ErrorReply>(
      'POST',
      `/api/sections/${client.provider.roomname}/threads`,
      {
        anchor: anchorFor(client.doc, passage),
        quote: passage,
        body: 'Đề nghị sửa',
        proposal,
      },
    );
  const accept = (who: ApiClient, threadId: string) =>
    who.request<ThreadReply & ErrorReply>('POST', `/api/threads/${threadId}/accept`);
  const writer = async (sectionId: string, text: string) => {
    const client = connect(as.sct, sectionId);
    await synced(client);
    client.type(text);
    const reader = connect(as.bcd, sectionId);
    await synced(reader);
    await waitFor(() => reader.text() === text, { message: 'the reader has the text' });
    return { client, reader };
  };

  it('a non-writer proposes, the owner accepts: exactly the proposed text, live, Tiếp thu', async () => {
    const { client, reader } = await writer(
      'S3_1',
      'Phát triển khu công nghiệp Hữu Lũng quy mô lớn',
    );
    const proposed = expectStatus(
      await propose(as.tv, reader, 'quy mô lớn', 'quy mô 600 ha'),
      201,
      'propose',
    ).thread;
    expect(proposed).toMatchObject({
      quote: 'quy mô lớn',
      proposal: 'quy mô 600 ha',
      response: null,
    });
    // A proposal lives beside the document: the text has not changed.
    expect(reader.text()).toBe('Phát triển khu công nghiệp Hữu Lũng quy mô lớn');

    for (const who of [as.tv, as.skhdt, as.bcd]) {
      expect((await accept(who, proposed.id)).status, who.user.username).toBe(403);
    }
    const accepted = expectStatus(await accept(as.sct2, proposed.id), 200, 'accept').thread;
    expect(accepted.response).toMatchObject({ kind: 'accepted', by: { id: as.sct2.user.id } });
    expect(accepted.resolved).not.toBeNull();
    await waitFor(() => reader.text() === 'Phát triển khu công nghiệp Hữu Lũng quy mô 600 ha', {
      message: 'everyone sees the accepted text',
    });
    expect(client.text()).toBe('Phát triển khu công nghiệp Hữu Lũng quy mô 600 ha');
    expect((await accept(as.sct, proposed.id)).status).toBe(409);

    const audit = await as.skhdt.request<{
      entries: { action: string; detail: string; actorId: string }[];
    }>('GET', '/api/audit?action=proposal&sectionId=S3_1');
    expect(audit.body.entries).toMatchObject([
      { actorId: as.sct2.user.id, detail: 'Tiếp thu đề xuất sửa: "quy mô lớn" → "quy mô 600 ha"' },
    ]);
    const summary = await as.bcd.request<{ rows: { comment: string; responseKind: string }[] }>(
      'GET',
      `/api/plans/${PLAN_ID}/comments?sectionId=S3_1`,
    );
    expect(summary.body.rows).toMatchObject([
      { comment: 'Đề xuất sửa thành: "quy mô 600 ha"\nĐề nghị sửa', responseKind: 'accepted' },
    ]);
  });

  it('a passage changed since is stale and never applied; rejecting takes a reason', async () => {
    const { client, reader } = await writer('S3_3', 'Trung tâm logistics cấp vùng tại Đồng Đăng');
    const stale = expectStatus(
      await propose(as.tv, reader, 'cấp vùng', 'cấp quốc gia'),
      201,
      'propose',
    ).thread;
    // A colleague edits inside the passage meanwhile.
    const text = textContaining(client.doc, 'cấp vùng')!;
    text.insert(plainOf(text).indexOf('vùng'), 'tiểu ');
    await waitFor(() => reader.text().includes('cấp tiểu vùng'));
    const refused = await accept(as.sct, stale.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('stale-proposal');
    expect(reader.text()).toBe('Trung tâm logistics cấp tiểu vùng tại Đồng Đăng');

    // "Accepted" is only ever the result of applying it.
    const respond = (kind: string, text: string) =>
      as.sct.request<ThreadReply & ErrorReply>('PUT', `/api/threads/${stale.id}/response`, {
        kind,
        text,
      });
    const blind = await respond('accepted', 'Đồng ý');
    expect(blind.status).toBe(409);
    expect(blind.body.error.code).toBe('apply-proposal');
    expect((await respond('rejected', '')).status).toBe(400);
    const rejected = expectStatus(await respond('rejected', 'Giữ phạm vi cấp vùng'), 200, 'reject');
    expect(rejected.thread.response).toMatchObject({
      kind: 'rejected',
      text: 'Giữ phạm vi cấp vùng',
    });
  });

  it('who may propose, and what a proposal must hold', async () => {
    const { reader } = await writer('S4_5', 'Lưới điện 110 kV');
    expect((await propose(as.admin, reader, 'Lưới điện', 'Hệ thống điện')).status).toBe(403);
    expect((await propose(as.bcd, reader, 'Lưới điện', 'Hệ thống điện')).status).toBe(201);
    const empty = await as.tv.request('POST', '/api/sections/S4_5/threads', {
      anchor: anchorFor(reader.doc, 'Lưới'),
      quote: ' ',
      body: 'x',
      proposal: 'y',
    });
    expect(empty.status).toBe(400);
    const tooLong = await propose(as.tv, reader, 'Lưới', 'x'.repeat(10_001));
    expect(tooLong.status).toBe(400);
    // A comment is not a proposal: nothing to accept.
    const comment = await as.tv.request<ThreadReply>('POST', '/api/sections/S4_5/threads', {
      anchor: anchorFor(reader.doc, 'Lưới'),
      quote: 'Lưới',
      body: 'Ý kiến',
    });
    expect(comment.body.thread.proposal).toBeNull();
    expect((await accept(as.sct, comment.body.thread.id)).status).toBe(404);
    const threads = await as.bcd.request<{ threads: Thread[] }>(
      'GET',
      '/api/sections/S4_5/threads',
    );
    expect(threads.body.threads.map((t) => t.proposal)).toEqual(['Hệ thống điện', null]);
  });
});
