/**
 * Loading a stored section: a room that is only read serves the stored bytes as they are, a
 * large one is read into one update off the event loop, and a long log is folded into a
 * snapshot as it loads. Writing works the same on a room loaded either way.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedDemoPlan } from '../../server/seed/demoPlan.js';
import { columnTypes } from '../../server/store/dialect.js';
import { SqlDocumentStore } from '../../server/store/documents.js';
import { Store } from '../../server/store/store.js';
import { login } from '../helpers/api.js';
import { bodyText } from '../helpers/collabClient.js';
import { connectRaw, paragraphUpdate, type RawClient } from '../helpers/rawClient.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';

const servers: TestServer[] = [];
const raws: RawClient[] = [];

afterEach(async () => {
  for (const c of raws.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.stop();
});

const textOf = (doc: Y.Doc): string => bodyText(doc.getXmlFragment('body'));

/** A data directory whose SQLite log holds `snapshot` and then `log` for the section. */
async function storedSection(snapshot: Uint8Array, log: readonly Uint8Array[]): Promise<string> {
  const dataDir = tempDir();
  const store = await Store.open({ kind: 'sqlite', file: path.join(dataDir, 'planfold.sqlite') });
  try {
    await seedDemoPlan(store);
    const documents = new SqlDocumentStore(store.db, columnTypes('sqlite'));
    const seq = (await documents.append(SECTION, snapshot, null)) ?? 0;
    await documents.compact(SECTION, snapshot, seq);
    for (const update of log) await documents.append(SECTION, update, null);
  } finally {
    await store.close();
  }
  return dataDir;
}

/** A section of `paragraphs` paragraphs of about `chars` characters, then `edits` more. */
function section(paragraphs: number, chars: number, edits: number) {
  const doc = new Y.Doc();
  for (let i = 0; i < paragraphs; i++) {
    paragraphUpdate(doc, `Đoạn ${i}: ${'phát triển kinh tế cửa khẩu '.repeat(chars / 28)}`);
  }
  const snapshot = Y.encodeStateAsUpdate(doc);
  const log = Array.from({ length: edits }, (_, i) => paragraphUpdate(doc, `Sửa ${i}`));
  return { snapshot, log, text: textOf(doc) };
}

async function open(dataDir: string): Promise<{ server: TestServer; reader: RawClient }> {
  const server = await startServer({ dataDir });
  servers.push(server);
  const reader = await connectRaw(server, await login(server, 'sct2'), SECTION);
  raws.push(reader);
  await reader.synced();
  return { server, reader };
}

async function storedLog(server: TestServer): Promise<{ logLength: number; text: string }> {
  const stored = await server.planfold.store.documents.load(SECTION);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return { logLength: stored.logLength, text: textOf(doc) };
}

/** A writer appends a paragraph; the reader receives it, and it is stored. */
async function writeThrough(server: TestServer, reader: RawClient, token: string): Promise<void> {
  const writer = await connectRaw(server, await login(server, 'sct'), SECTION);
  raws.push(writer);
  await writer.synced();
  writer.sendUpdate(paragraphUpdate(writer.doc, token));
  await waitFor(() => textOf(reader.doc).includes(token), { message: `${token} relayed` });
  await waitFor(async () => (await storedLog(server)).text.includes(token), {
    message: `${token} stored`,
  });
}

describe('loading a stored section', () => {
  it('gives a new reader the stored snapshot byte for byte, then takes writes', async () => {
    const { snapshot, text } = section(20, 200, 0);
    const { server, reader } = await open(await storedSection(snapshot, []));
    const answer = reader.frames.find((f) => f.kind === 'sync-step2');
    expect(answer?.kind === 'sync-step2' && Buffer.from(answer.update).equals(snapshot)).toBe(true);
    expect(textOf(reader.doc)).toBe(text);
    await writeThrough(server, reader, '[AFTER-LAZY-LOAD]');
  });

  it('reads a large section with a long log in full, folds the log into a snapshot, then takes writes', async () => {
    const { snapshot, log, text } = section(300, 800, 400);
    expect(snapshot.length).toBeGreaterThan(128 * 1024);
    const { server, reader } = await open(await storedSection(snapshot, log));
    expect(textOf(reader.doc)).toBe(text);
    await waitFor(async () => (await storedLog(server)).logLength === 0, {
      message: 'the log compacted at load',
    });
    expect((await storedLog(server)).text).toBe(text);
    await writeThrough(server, reader, '[AFTER-LARGE-LOAD]');
  });
});
