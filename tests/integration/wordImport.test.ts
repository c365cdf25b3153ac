/**
 * Word import into a section: the preview's structure (headings, marks, nested lists, tables
 * with header rows and merged cells, links, footnotes where cited, pictures as figures or listed),
 * the import through the section's room (live to a reader, one audit entry, replace or append,
 * the figures' files stored), an export read back, hostile files refused with nothing changed,
 * and the policy at both steps.
 */
import type { JSONContent } from '@tiptap/core';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/importReport.js';
import type { ApiClient } from '../helpers/api.js';
import { PLAN_ID } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';
import { PIXEL, sectorPlanDocx } from '../fixtures/wordFile.js';

interface Reply {
  status: number;
  body: { content?: JSONContent; report?: ImportReport; error?: { code: string } };
}

const SECTION = 'S3_1';
/** The SHA-256 of the fixture's one-pixel PNG. */
const PIXEL_HASH = createHash('sha256').update(PIXEL).digest('hex');

describe('Word import', () => {
  const fixture = useSignedInServer(['sct', 'sct2', 'sgtvt', 'skhdt'] as const);

  const send = async (
    who: ApiClient,
    path: string,
    bytes: Uint8Array,
    contentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ): Promise<Reply> => {
    const response = await fetch(`${fixture.server.httpUrl}${path}`, {
      method: 'POST',
      headers: { cookie: who.cookie, origin: fixture.server.origin, 'content-type': contentType },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Reply['body'] };
  };

  const stored = async (sectionId = SECTION): Promise<number> =>
    (await fixture.server.planfold.store.documents.load(sectionId)).throughSeq;

  const types = (node: JSONContent | undefined): string[] =>
    (node?.content ?? []).map((n) =>
      n.type === 'heading' ? `h${String(n.attrs?.level)}` : (n.type ?? ''),
    );

  it('previews every element of a sector plan, and says what it cannot keep', async () => {
    const { status, body } = await send(
      fixture.as.sct,
      `/api/sections/${SECTION}/import/preview?name=ke-hoach.docx`,
      await sectorPlanDocx(),
    );
    expect(status).toBe(200);
    const content = body.content!;
    expect(types(content)).toEqual([
      'h2',
      'paragraph',
      'h3',
      'bulletList',
      'orderedList',
      'table',
      'paragraph',
      'figure',
      'paragraph',
    ]);
    const json = JSON.stringify(content);
    expect(json).toContain('{"type":"bold"}],"text":"khu công nghiệp"');
    expect(json).toContain('{"type":"italic"}],"text":"1.200 ha"');
    expect(json).toContain('{"type":"underline"}],"text":"hạ tầng đồng bộ"');
    // The nested item sits in a list inside the first item.
    expect(content.content![3]!.content![0]!.content![1]!.type).toBe('bulletList');
    const table = content.content![5]!;
    expect(table.content![0]!.content!.map((c) => c.type)).toEqual([
      'tableHeader',
      'tableHeader',
      'tableHeader',
    ]);
    expect(table.content![1]!.content![0]!.attrs).toMatchObject({ rowspan: 2 });
    expect(table.content![3]!.content![0]!.attrs).toMatchObject({ colspan: 3 });
    expect(json).toContain('{"type":"superscript"}],"text":"2"');
    expect(json).toContain('{"type":"subscript"}],"text":"2"');
    expect(json).toContain('"href":"https://sct.langson.gov.vn"');
    // The footnote sits where it is cited, with its own text and no number or back link.
    const cited = content.content![1]!.content!;
    expect(cited[cited.length - 1]).toEqual({
      type: 'footnote',
      content: [{ type: 'text', text: 'Niên giám thống kê tỉnh Lạng Sơn 2020.' }],
    });
    expect(json).not.toContain('↑');
    expect(json).not.toContain('[1]');
    // The PNG is a figure of the picture's own bytes; the GIF is marked and listed.
    expect(content.content![7]).toMatchObject({
      type: 'figure',
      attrs: { file: PIXEL_HASH, alt: 'Bản đồ khu công nghiệp', width: 100 },
    });
    expect(json).toContain('Sơ đồ cũ [Hình 1: Sơ đồ năm 2015]');
    expect(body.report).toMatchObject({
      fileName: 'ke-hoach.docx',
      blocks: 9,
      figures: 1,
      images: [{ index: 1, alt: 'Sơ đồ năm 2015' }],
      footnotes: 1,
      lostFormatting: [],
    });
  });

  it('imports as one stored change, live to a reader, in the audit log', async () => {
    const { server, as } = fixture;
    const reader = fixture.connect(as.sct2, SECTION);
    await waitFor(() => reader.provider.synced, { message: 'reader synced' });
    const before = await stored();
    const picture = `${server.httpUrl}/api/plans/${PLAN_ID}/files/${PIXEL_HASH}`;
    const headers = { cookie: as.sct2.cookie };
    expect((await fetch(picture, { headers })).status).toBe(404);
    const { status } = await send(
      as.sct,
      `/api/sections/${SECTION}/import?name=ke-hoach.docx&mode=end`,
      await sectorPlanDocx(),
    );
    expect(status).toBe(200);
    // The figure's picture is one of the plan's files now, served like an upload.
    const served = await fetch(picture, { headers });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    await waitFor(() => reader.text().includes('Quy hoạch ngành công thương'), {
      message: 'the import reaching the reader',
    });
    expect(await stored()).toBe(before + 1);
    const audit = await server.planfold.store.audit.query({ action: 'import', limit: 10 });
    expect(audit[0]).toMatchObject({
      sectionId: SECTION,
      agency: 'SCT',
      detail: 'Nhập từ tệp Word: ke-hoach.docx',
    });
  });

  it('replaces the text, or inserts before a block, and reads its own export back', async () => {
    const { server, as } = fixture;
    const exported = await fetch(`${server.httpUrl}/api/sections/${SECTION}/export.docx`, {
      headers: { cookie: as.sct.cookie },
    });
    const exportBytes = new Uint8Array(await exported.arrayBuffer());
    expect(
      (await send(as.sct, `/api/sections/${SECTION}/import?mode=replace`, exportBytes)).status,
    ).toBe(200);
    const doc = new Y.Doc();
    for (const u of (await server.planfold.store.documents.load(SECTION)).updates)
      Y.applyUpdate(doc, u);
    const body = doc.getXmlFragment('body');
    const names = body.toArray().map((n) => (n instanceof Y.XmlElement ? n.nodeName : ''));
    // Cover lines, then the section's heading and its text as it was: headings, lists, table.
    expect(names).toEqual(
      expect.arrayContaining(['heading', 'bulletList', 'orderedList', 'table']),
    );
    expect(body.toJSON()).toContain('Quy hoạch ngành công thương');
    expect(body.toJSON()).toContain('<bold>khu công nghiệp</bold>');
    expect(body.toJSON()).toContain('<underline>hạ tầng đồng bộ</underline>');
    // Notes and figures come back as they went out: Word footnotes, pictures in the file.
    expect(body.toJSON()).toContain('<footnote>Niên giám thống kê tỉnh Lạng Sơn 2020.</footnote>');
    expect(body.toJSON()).toContain(`<figure alt="Bản đồ khu công nghiệp" file="${PIXEL_HASH}"`);

    // Before the first block: an encoded relative position from the client's side.
    const at = Buffer.from(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(body, 0)),
    ).toString('base64');
    const inserted = await send(
      as.sct,
      `/api/sections/${SECTION}/import?mode=at&at=${encodeURIComponent(at)}`,
      await sectorPlanDocx(),
    );
    expect(inserted.status).toBe(200);
    const after = new Y.Doc();
    for (const u of (await server.planfold.store.documents.load(SECTION)).updates)
      Y.applyUpdate(after, u);
    expect(after.getXmlFragment('body').toJSON().slice(0, 200)).toContain(
      'Quy hoạch ngành công thương',
    );
  });

  it('refuses hostile files with a clear error and changes nothing', async () => {
    const { as } = fixture;
    const before = await stored();
    const path = `/api/sections/${SECTION}/import?mode=end`;
    // A readable document padded with 8 MB of spaces, deflated to a few kilobytes: a ratio no
    // Word file has (without the check, mammoth would read it).
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const padded = `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>bom</w:t></w:r></w:p>${' '.repeat(8 * 1024 * 1024)}</w:body></w:document>`;
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(padded),
    });
    const fixtureFiles = await sectorPlanDocx();
    const external = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
      'word/_rels/document.xml.rels': strToU8(
        '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://evil.example/x.png" TargetMode="External"/></Relationships>',
      ),
    });
    // Tables in tables: each level nests a table, a row and a cell, past the server's limit.
    const cell = (inner: string): string =>
      `<w:tbl><w:tr><w:tc>${inner}<w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    let nested = '<w:p><w:r><w:t>đáy</w:t></w:r></w:p>';
    for (let level = 0; level < 30; level++) nested = cell(nested);
    const deep = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="${W}"><w:body>${nested}</w:body></w:document>`,
      ),
    });
    const cases: [string, Uint8Array, number, string][] = [
      ['tables nested 30 deep', deep, 422, 'docx-unreadable'],
      ['plain text', strToU8('Đây không phải tệp Word'), 415, 'not-docx'],
      [
        'encrypted',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
        422,
        'docx-encrypted',
      ],
      ['corrupt', fixtureFiles.slice(0, fixtureFiles.length / 2), 422, 'docx-unreadable'],
      ['zip bomb', bomb, 422, 'docx-unreadable'],
      ['external relationship', external, 422, 'docx-unreadable'],
      ['25 MB', new Uint8Array(25 * 1024 * 1024), 413, 'payload-too-large'],
      ['a zip but no docx', zipSync({ 'a.txt': strToU8('a') }), 415, 'not-docx'],
    ];
    for (const [what, bytes, status, code] of cases) {
      const reply = await send(as.sct, path, bytes, 'application/octet-stream');
      expect({ what, status: reply.status, code: reply.body.error?.code }).toEqual({
        what,
        status,
        code,
      });
    }
    expect(await stored()).toBe(before);
  });

  it('applies the write policy at the preview and again when storing', async () => {
    const { as } = fixture;
    const file = await sectorPlanDocx();
    // Another agency's section, and a section under consultation.
    expect((await send(as.sgtvt, `/api/sections/${SECTION}/import/preview`, file)).status).toBe(
      403,
    );
    expect((await send(as.skhdt, '/api/sections/S1_4/import?mode=end', file)).status).toBe(403);
    // A lock that lands between the preview and the import.
    expect((await send(as.sct, `/api/sections/${SECTION}/import/preview`, file)).status).toBe(200);
    const before = await stored();
    expect(
      (await as.skhdt.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Khóa' })).status,
    ).toBe(200);
    const refused = await send(as.sct, `/api/sections/${SECTION}/import?mode=end`, file);
    expect(refused.status).toBe(409);
    expect(await stored()).toBe(before);
  });
});
