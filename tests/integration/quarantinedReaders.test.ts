/**
 * A stored section nested far deeper than the server processes (quarantined on load) is still
 * read by versions, compare and the Word export — as its text — and never crashes the process.
 * A child-process server, so a stack overflow would be seen as an exit or a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { login, type ApiClient } from '../helpers/api.js';
import { docxParts, docxText, part } from '../helpers/docx.js';
import {
  expectStillServing,
  startHostileServer,
  type HostileServer,
} from '../helpers/hostileServer.js';

const SECTION = 'S3_1'; // SCT's, in draft

/** A paragraph, then `levels` block quotes nested in each other, built without recursion. */
function deepDocument(levels: number): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const body = doc.getXmlFragment('body');
    const paragraph = new Y.XmlElement('paragraph');
    body.insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Mở đầu bình thường')]);
    let parent: Y.XmlFragment | Y.XmlElement = body;
    let index = 1;
    for (let i = 0; i < levels; i++) {
      const quote = new Y.XmlElement('blockquote');
      parent.insert(index, [quote]);
      parent = quote;
      index = 0;
    }
    parent.insert(0, [new Y.XmlText('tận cùng')]);
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('readers of a quarantined section', () => {
  let server: HostileServer;
  let sct: ApiClient;
  beforeAll(async () => {
    server = await startHostileServer(
      { kind: 'sqlite' },
      {
        plant: async (store) => {
          await store.documents.append(SECTION, deepDocument(6000), SECTION);
        },
      },
    );
    sct = await login(server, 'sct');
  }, 60_000);
  afterAll(async () => {
    await server.dispose();
  });

  it('versions and compare read its text', async () => {
    const now = await sct.request<{ doc: unknown }>(
      'GET',
      `/api/sections/${SECTION}/versions/current/content`,
    );
    expect(now.status, JSON.stringify(now.body)).toBe(200);
    const text = JSON.stringify(now.body.doc);
    expect(text).toContain('Mở đầu bình thường');
    expect(text).toContain('tận cùng');

    const taken = await sct.request<{ version: { id: string } }>(
      'POST',
      `/api/sections/${SECTION}/versions`,
      { name: 'Trước khi sửa' },
    );
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const compared = await sct.request(
      'GET',
      `/api/sections/${SECTION}/compare?from=${taken.body.version.id}&to=current`,
    );
    expect(compared.status, JSON.stringify(compared.body)).toBe(200);
    await expectStillServing(server);
  });

  it('the Word export holds its text', async () => {
    const response = await fetch(`${server.httpUrl}/api/sections/${SECTION}/export.docx`, {
      headers: { cookie: sct.cookie },
    });
    expect(response.status).toBe(200);
    const text = docxText(
      part(docxParts(new Uint8Array(await response.arrayBuffer())), 'word/document.xml'),
    );
    expect(text).toContain('Mở đầu bình thường');
    expect(text).toContain('tận cùng');
    await expectStillServing(server);
  });
});
