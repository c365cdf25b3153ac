/**
 * Restoring a version over real HTTP and live providers: the version's text comes back as a new
 * change that a colleague with the section open sees live; the text before it is kept as a
 * version, so restoring that undoes the restore; only the owning agency in a status that lets it
 * write may restore; it is audited; paragraphs that did not change keep comments anchored in them.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { VersionView } from '../../shared/versions/model.js';
import type { ApiClient } from '../helpers/api.js';
import { synced, type CollabClient } from '../helpers/collabClient.js';
import { anchorFor, expectStatus, openThread, type ErrorReply } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const USERS = ['sct', 'sct2', 'tv', 'skhdt', 'bcd', 'sgtvt'] as const;

describe('restoring a version', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const takeVersion = async (who: ApiClient, sectionId: string, name: string) =>
    expectStatus(
      await who.request<{ version: VersionView }>('POST', `/api/sections/${sectionId}/versions`, {
        name,
      }),
      201,
      'take version',
    ).version;
  const restore = (who: ApiClient, sectionId: string, versionId: string) =>
    who.request<{ before: VersionView } & ErrorReply>(
      'POST',
      `/api/sections/${sectionId}/versions/${versionId}/restore`,
    );
  const typeAndWait = async (client: CollabClient, text: string) => {
    client.type(text);
    await waitFor(
      async () => {
        const r = await as.bcd.request<{ doc: unknown }>(
          'GET',
          `/api/sections/${client.provider.roomname}/versions/current/content`,
        );
        return JSON.stringify(r.body.doc).includes(text);
      },
      { message: `server holds "${text}"` },
    );
  };

  it('brings the text back as a new change, seen live, and can be undone', async () => {
    const writer = connect(as.sct, 'S3_1');
    const colleague = connect(as.sct2, 'S3_1');
    await Promise.all([synced(writer), synced(colleague)]);
    await typeAndWait(writer, 'Khu công nghiệp Hữu Lũng');
    const thread = await openThread(
      as.tv,
      'S3_1',
      'Nêu rõ diện tích',
      'Hữu Lũng',
      anchorFor(writer.doc, 'Hữu Lũng'),
    );
    const kept = await takeVersion(as.sct, 'S3_1', 'Bản gửi tư vấn');
    await typeAndWait(writer, 'Cụm công nghiệp Chi Lăng');
    expect(colleague.text()).toContain('Chi Lăng');

    const restored = expectStatus(await restore(as.sct2, 'S3_1', kept.id), 200, 'restore');
    expect(restored.before).toMatchObject({ kind: 'restore', seq: kept.seq + 1 });
    await waitFor(() => colleague.text() === 'Khu công nghiệp Hữu Lũng', {
      message: 'the colleague sees the restored text',
    });
    expect(writer.text()).toBe('Khu công nghiệp Hữu Lũng');

    // The unchanged paragraph is the same Yjs paragraph: the comment is still anchored in it.
    const from = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(Buffer.from(thread.anchor.from, 'base64')),
      colleague.doc,
    );
    expect(from?.type).toBeInstanceOf(Y.XmlText);
    expect((from?.type as Y.XmlText).toString()).toContain('Hữu Lũng');

    // History is not rewritten: every version is still there, the text before the restore too.
    const list = expectStatus(
      await as.bcd.request<{ versions: VersionView[] }>('GET', '/api/sections/S3_1/versions'),
      200,
      'versions',
    ).versions;
    expect(list.map((v) => [v.seq, v.kind])).toEqual([
      [kept.seq + 1, 'restore'],
      [kept.seq, 'manual'],
    ]);

    expectStatus(await restore(as.sct, 'S3_1', restored.before.id), 200, 'undo');
    await waitFor(() => colleague.text() === 'Khu công nghiệp Hữu Lũng\nCụm công nghiệp Chi Lăng', {
      message: 'undone for the colleague too',
    });

    const audit = await as.skhdt.request<{ entries: { action: string; detail: string }[] }>(
      'GET',
      '/api/audit?action=restore&sectionId=S3_1',
    );
    expect(audit.body.entries.map((e) => e.detail)).toEqual([
      `Khôi phục phiên bản ${restored.before.seq}`,
      `Khôi phục phiên bản ${kept.seq}: Bản gửi tư vấn`,
    ]);
  });

  it('only the owning agency, in a status that lets it write, and not when locked', async () => {
    const writer = connect(as.sct, 'S3_3');
    await synced(writer);
    await typeAndWait(writer, 'Năng lượng tái tạo');
    const version = await takeVersion(as.skhdt, 'S3_3', 'Bản đầu');
    await typeAndWait(writer, 'Điện gió Lộc Bình');
    const before = await as.bcd.request<{ versions: VersionView[] }>(
      'GET',
      '/api/sections/S3_3/versions',
    );

    for (const who of [as.tv, as.skhdt, as.bcd, as.sgtvt]) {
      const r = await restore(who, 'S3_3', version.id);
      expect(r.status, who.user.username).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect((await restore(as.sct, 'S3_3', 'not-a-version')).status).toBe(404);
    expect((await restore(as.sct, 'S3_3', crypto.randomUUID())).status).toBe(404);
    expect((await restore(as.sct, 'S3_1', version.id)).status).toBe(404);

    // Sent to the consultant: the owner may no longer write, so may not restore.
    expectStatus(
      await as.sct.request('POST', '/api/sections/S3_3/status', { status: 'DA_GUI_TU_VAN' }),
      200,
      'submit',
    );
    expect((await restore(as.sct, 'S3_3', version.id)).status).toBe(403);
    expectStatus(
      await as.skhdt.request('POST', '/api/sections/S3_3/status', {
        status: 'DU_THAO',
        note: 'Trả lại để sửa',
      }),
      200,
      'back to draft',
    );
    expectStatus(
      await as.skhdt.request('POST', '/api/sections/S3_3/lock', { note: 'x' }),
      200,
      'lock',
    );
    const locked = await restore(as.sct, 'S3_3', version.id);
    expect(locked.status).toBe(409);
    expect(writer.text()).toBe('Năng lượng tái tạo\nĐiện gió Lộc Bình');
    // Nothing was restored, and no version was added by the refused attempts.
    const after = await as.bcd.request<{ versions: VersionView[] }>(
      'GET',
      '/api/sections/S3_3/versions',
    );
    expect(after.body.versions.length).toBe(before.body.versions.length + 3);
    expect(after.body.versions.filter((v) => v.kind === 'restore')).toEqual([]);
  });
});
