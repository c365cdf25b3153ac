import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSegment, encodeBatch } from '../../server/store/journal/batchCodec.js';
import { UpdateJournal } from '../../server/store/journal/updateJournal.js';

const dirs: string[] = [];
const open: UpdateJournal[] = [];

function freshDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planfold-journal-'));
  dirs.push(dir);
  return dir;
}

function openJournal(dir: string, floor = 0, segmentBytes?: number): UpdateJournal {
  const journal = UpdateJournal.open(dir, floor, segmentBytes ? { segmentBytes } : {});
  open.push(journal);
  return journal;
}

function closeJournal(journal: UpdateJournal): void {
  journal.close();
  open.splice(open.indexOf(journal), 1);
}

const segments = (dir: string): string[] => fs.readdirSync(dir).sort();
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const dataOf = (journal: UpdateJournal, doc: string, after = 0): number[][] =>
  journal.entries(doc, after).map((e) => [...e.data]);

afterEach(() => {
  for (const journal of open.splice(0)) journal.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the journal batch codec', () => {
  it('reads back what it wrote, with each update where the encoder said it would be', () => {
    const first = encodeBatch(7, [
      { kind: 'name', docId: 0, doc: 'section:S3_1' },
      { kind: 'update', docId: 0, data: bytes(1, 2, 3) },
      { kind: 'name', docId: 1, doc: 'plan:P1' },
      { kind: 'update', docId: 1, data: bytes(4) },
    ]);
    const second = encodeBatch(9, [{ kind: 'update', docId: 0, data: bytes(0, 0) }]);
    const file = new Uint8Array([...first.bytes, ...second.bytes]);
    const decoded = decodeSegment(file);
    expect([...decoded.names]).toEqual([
      [0, 'section:S3_1'],
      [1, 'plan:P1'],
    ]);
    expect(decoded.updates.map((u) => [u.docId, u.seq])).toEqual([
      [0, 7],
      [1, 8],
      [0, 9],
    ]);
    expect(decoded.updates.map((u) => [...file.subarray(u.offset, u.offset + u.length)])).toEqual([
      [1, 2, 3],
      [4],
      [0, 0],
    ]);
    expect(first.dataOffsets.map((o) => first.bytes[o])).toEqual([1, 4]);
    expect(decoded).toMatchObject({ lastSeq: 9, validBytes: file.length });
  });

  it.each([
    ['a batch cut short', (file: Uint8Array) => file.subarray(0, file.length - 2)],
    [
      'a flipped bit',
      (file: Uint8Array) => file.map((b, i) => (i === file.length - 1 ? b ^ 1 : b)),
    ],
    [
      'zeros after the data',
      (file: Uint8Array) => new Uint8Array([...file, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    ],
  ])('stops at the last whole batch when the tail is %s', (_, damage) => {
    const good = encodeBatch(1, [
      { kind: 'name', docId: 0, doc: 'd' },
      { kind: 'update', docId: 0, data: bytes(1) },
    ]).bytes;
    const last = encodeBatch(2, [{ kind: 'update', docId: 0, data: bytes(2, 2) }]).bytes;
    const damaged = damage(new Uint8Array([...good, ...last]));
    const decoded = decodeSegment(damaged);
    const expectLast = damaged.length > good.length + last.length;
    expect(decoded.updates.map((u) => u.seq)).toEqual(expectLast ? [1, 2] : [1]);
    expect(decoded.validBytes).toBe(expectLast ? good.length + last.length : good.length);
  });
});

describe('UpdateJournal', () => {
  it('numbers appends above the floor, across documents, and reads them back in order', async () => {
    const journal = openJournal(freshDir(), 100);
    const seqs = await Promise.all([
      journal.append('a', bytes(1)),
      journal.append('b', bytes(2)),
      journal.append('a', bytes(3)),
    ]);
    expect(seqs).toEqual([101, 102, 103]);
    expect(dataOf(journal, 'a')).toEqual([[1], [3]]);
    expect(dataOf(journal, 'a', 101)).toEqual([[3]]);
    expect(journal.pendingDocs().sort()).toEqual(['a', 'b']);
  });

  it('writes everything appended in one turn as one batch', async () => {
    const dir = freshDir();
    const journal = openJournal(dir);
    await Promise.all(['a', 'b', 'a'].map((doc, i) => journal.append(doc, bytes(i))));
    const [file] = segments(dir);
    const written = fs.readFileSync(path.join(dir, file ?? ''));
    const oneBatch = encodeBatch(1, [
      { kind: 'name', docId: 0, doc: 'a' },
      { kind: 'update', docId: 0, data: bytes(0) },
      { kind: 'name', docId: 1, doc: 'b' },
      { kind: 'update', docId: 1, data: bytes(1) },
      { kind: 'update', docId: 0, data: bytes(2) },
    ]).bytes;
    expect([...written]).toEqual([...oneBatch]);
  });

  it('after a kill, reads what was written back, ignores a torn tail and goes on above it', async () => {
    const dir = freshDir();
    const killed = openJournal(dir);
    await killed.append('a', bytes(1, 1));
    await killed.append('b', bytes(2));
    // Simulates power loss mid-write: half a batch at the end of the file.
    const [file] = segments(dir);
    fs.appendFileSync(path.join(dir, file ?? ''), encodeBatch(3, []).bytes.subarray(0, 5));
    open.splice(open.indexOf(killed), 1); // never closed, like a killed process

    const reopened = openJournal(dir);
    expect(dataOf(reopened, 'a')).toEqual([[1, 1]]);
    expect(dataOf(reopened, 'b')).toEqual([[2]]);
    expect(await reopened.append('a', bytes(3))).toBe(3);
    expect(dataOf(reopened, 'a')).toEqual([[1, 1], [3]]);
  });

  it('deletes a segment once every document in it is compacted, and leaves nothing on a clean close', async () => {
    const dir = freshDir();
    const journal = openJournal(dir, 0, 64);
    const a1 = await journal.append('a', new Uint8Array(80)); // fills the first segment
    await journal.append('b', bytes(1)); // in the second
    expect(segments(dir)).toHaveLength(2);
    journal.forget('a', a1);
    expect(segments(dir)).toHaveLength(1);
    expect(dataOf(journal, 'a')).toEqual([]);
    expect(journal.pendingDocs()).toEqual(['b']);
    const b = journal.entries('b', 0).at(-1)?.seq ?? -1;
    journal.forget('b', b);
    closeJournal(journal);
    expect(segments(dir)).toEqual([]);
  });

  it('keeps an uncompacted segment for the next process', async () => {
    const dir = freshDir();
    const journal = openJournal(dir);
    await journal.append('a', bytes(5));
    closeJournal(journal);
    const next = openJournal(dir);
    expect(dataOf(next, 'a')).toEqual([[5]]);
    expect(next.pendingDocs()).toEqual(['a']);
  });
});
