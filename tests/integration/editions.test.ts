/**
 * Editions of the whole plan over real HTTP and live providers: frozen by the coordinator only,
 * a version of every section with the comment-response summary of that moment; consistent while
 * people type (each section's text in the edition is one the server held during the request);
 * compared with another edition or with now, section by section.
 */
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../shared/diff/blocks.js';
import type {
  EditionSectionChange,
  EditionView,
  VersionView,
} from '../../shared/versions/model.js';
import type { ApiClient } from '../helpers/api.js';
import { synced, type CollabClient } from '../helpers/collabClient.js';
import { expectStatus, openThread, PLAN_ID, type ErrorReply } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const USERS = ['sct', 'sgtvt', 'tv', 'skhdt', 'bcd', 'admin'] as const;
const EDITIONS = `/api/plans/${PLAN_ID}/editions`;

function paragraphs(doc: PmNode): string[] {
  return (doc.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join(''));
}

describe('editions of the plan', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const freeze = (who: ApiClient, body: unknown) =>
    who.request<{ edition: EditionView } & ErrorReply>('POST', EDITIONS, body);
  const contentOf = async (sectionId: string, ref: string): Promise<string[]> =>
    paragraphs(
      expectStatus(
        await as.bcd.request<{ doc: PmNode }>(
          'GET',
          `/api/sections/${sectionId}/versions/${ref}/content`,
        ),
        200,
        'content',
      ).doc,
    );
  const editionVersion = async (sectionId: string, editionId: string) => {
    const r = await as.bcd.request<{ versions: VersionView[] }>(
      'GET',
      `/api/sections/${sectionId}/versions`,
    );
    const version = r.body.versions.find((v) => v.editionId === editionId);
    if (!version) throw new Error(`${sectionId} has no version in ${editionId}`);
    return version;
  };
  const compare = async (from: string, to: string) =>
    expectStatus(
      await as.bcd.request<{ sections: EditionSectionChange[] }>(
        'GET',
        `${EDITIONS}/compare?from=${from}&to=${to}`,
      ),
      200,
      'compare',
    ).sections;

  it('the coordinator freezes one: every section, listed, audited; nobody else may', async () => {
    for (const who of [as.sct, as.tv, as.bcd, as.admin]) {
      expect((await freeze(who, { name: 'Dự thảo lần 1' })).status, who.user.username).toBe(403);
    }
    for (const body of [{}, { name: ' ' }, { name: 'x'.repeat(201) }, { name: 3 }]) {
      expect((await freeze(as.skhdt, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await as.skhdt.request('POST', '/api/plans/NO_PLAN/editions', { name: 'x' })).status,
    ).toBe(404);
    expect((await as.bcd.request<{ editions: EditionView[] }>('GET', EDITIONS)).body).toEqual({
      editions: [],
    });

    const { edition } = expectStatus(
      await freeze(as.skhdt, { name: 'Dự thảo lần 1' }),
      201,
      'freeze',
    );
    const plan = await as.bcd.request<{ sections: unknown[] }>('GET', `/api/plans/${PLAN_ID}`);
    expect(edition).toMatchObject({
      name: 'Dự thảo lần 1',
      createdBy: as.skhdt.user.id,
      createdByName: as.skhdt.user.name,
      sections: plan.body.sections.length,
    });
    const listed = await as.bcd.request<{ editions: EditionView[] }>('GET', EDITIONS);
    expect(listed.body.editions).toEqual([edition]);
    expect(await editionVersion('S3_1', edition.id)).toMatchObject({
      kind: 'edition',
      name: 'Dự thảo lần 1',
    });
    const audit = await as.skhdt.request<{ entries: { detail: string }[] }>(
      'GET',
      '/api/audit?action=edition',
    );
    expect(audit.body.entries.map((e) => e.detail)).toEqual(['Dự thảo lần 1']);
  });

  it('compares two editions and an edition with now; keeps the summary of its moment', async () => {
    const writer = connect(as.sct, 'S3_1');
    await synced(writer);
    writer.type('Khu công nghiệp Hữu Lũng');
    await waitFor(async () =>
      (await contentOf('S3_1', 'current')).includes('Khu công nghiệp Hữu Lũng'),
    );
    const first = expectStatus(await freeze(as.skhdt, { name: 'Lần 2' }), 201, 'first').edition;
    await openThread(as.tv, 'S3_1', 'Bổ sung diện tích');
    writer.type('Cụm công nghiệp Chi Lăng');
    await waitFor(async () => (await contentOf('S3_1', 'current')).length === 2);
    const second = expectStatus(await freeze(as.skhdt, { name: 'Lần 3' }), 201, 'second').edition;

    const between = await compare(first.id, second.id);
    const changed = between.filter((s) => s.changes > 0);
    expect(changed).toEqual([
      {
        sectionId: 'S3_1',
        from: (await editionVersion('S3_1', first.id)).id,
        to: (await editionVersion('S3_1', second.id)).id,
        wordsAdded: 5,
        wordsRemoved: 0,
        changes: 1,
      },
    ]);
    writer.type('Điện mặt trời');
    await waitFor(async () => (await contentOf('S3_1', 'current')).length === 3);
    const sinceFirst = await compare(first.id, 'current');
    expect(sinceFirst.find((s) => s.sectionId === 'S3_1')).toMatchObject({
      to: 'current',
      wordsAdded: 8,
      changes: 2,
    });

    const summary = async (id: string) =>
      (await as.bcd.request<{ rows: { comment: string }[] }>('GET', `${EDITIONS}/${id}/comments`))
        .body.rows;
    expect((await summary(first.id)).map((r) => r.comment)).not.toContain('Bổ sung diện tích');
    expect((await summary(second.id)).map((r) => r.comment)).toContain('Bổ sung diện tích');

    for (const query of ['', '?from=x', `?from=${first.id}&to=nope`]) {
      expect((await as.bcd.request('GET', `${EDITIONS}/compare${query}`)).status, query).toBe(400);
    }
    const unknown = crypto.randomUUID();
    expect((await as.bcd.request('GET', `${EDITIONS}/compare?from=${unknown}`)).status).toBe(404);
    expect((await as.bcd.request('GET', `${EDITIONS}/${unknown}/comments`)).status).toBe(404);
  });

  it('is consistent while people type: each section as the server held it during the request', async () => {
    const sections: [ApiClient, string][] = [
      [as.sct, 'S3_3'],
      [as.sct, 'S4_5'],
      [as.sgtvt, 'S4_4'],
    ];
    const typists: CollabClient[] = [];
    for (const [who, id] of sections) typists.push(connect(who, id));
    await Promise.all(typists.map((t) => synced(t)));
    let typing = true;
    const typed = typists.map(async (typist, index) => {
      let n = 0;
      while (typing) {
        typist.type(`Đoạn ${index}.${++n}`);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 15)));
      }
    });
    for (let round = 0; round < 3; round++) {
      await waitFor(async () => (await contentOf('S3_3', 'current')).length > round * 5);
      const held = async () =>
        Promise.all(sections.map(async ([, id]) => (await contentOf(id, 'current')).length));
      const before = await held();
      const { edition } = expectStatus(
        await freeze(as.skhdt, { name: `Vòng ${round}` }),
        201,
        'freeze',
      );
      const after = await held();
      for (const [i, [, id]] of sections.entries()) {
        const text = await contentOf(id, (await editionVersion(id, edition.id)).id);
        // A prefix of what was typed, with no paragraph missing, within what the server held.
        expect(text).toEqual(text.map((_, k) => `Đoạn ${i}.${k + 1}`));
        expect(text.length).toBeGreaterThanOrEqual(before[i]!);
        expect(text.length).toBeLessThanOrEqual(after[i]!);
      }
    }
    typing = false;
    await Promise.all(typed);
  });
});
