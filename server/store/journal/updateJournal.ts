import fs from 'node:fs';
import { decodeSegment, encodeBatch, type JournalRecord } from './batchCodec.js';
import { Segment } from './segment.js';

export interface JournalOptions {
  /** A segment is closed for writing once it is this large; it is deleted once compacted. */
  segmentBytes?: number;
  /** How often written batches are forced to the disk (power loss loses at most this much). */
  syncEveryMs?: number;
  /** Told how long each background fdatasync took (for the metrics). */
  onSynced?: (seconds: number) => void;
}

export interface JournalEntry {
  seq: number;
  data: Uint8Array;
}

interface IndexEntry {
  seq: number;
  segment: Segment;
  offset: number;
  length: number;
}

interface Pending {
  doc: string;
  data: Uint8Array;
  resolve: (seq: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Yjs updates appended to numbered segment files: one `write` per turn of the event loop for
 * every room at once, so a keystroke costs about its own size on disk instead of a database
 * page. The process keeps an index of where each document's updates are; a document's entries
 * are forgotten once it is compacted into the database, and a segment whose entries are all
 * forgotten is deleted. A process that was killed leaves its segments behind: they are read back
 * (torn tails ignored) when the journal opens, and their documents compacted then.
 */
export class UpdateJournal {
  private readonly index = new Map<string, IndexEntry[]>();
  private readonly segments: Segment[] = [];
  private active: Segment;
  private queue: Pending[] = [];
  private nextSeq: number;
  private readonly segmentBytes: number;
  private readonly syncTimer: NodeJS.Timeout;

  private constructor(
    private readonly dir: string,
    floorSeq: number,
    options: JournalOptions,
  ) {
    this.segmentBytes = options.segmentBytes ?? 64 * 1024 * 1024;
    this.nextSeq = this.recover(floorSeq) + 1;
    this.active = this.startSegment();
    this.syncTimer = setInterval(
      () => this.active.syncInBackground(options.onSynced),
      options.syncEveryMs ?? 1000,
    );
    this.syncTimer.unref();
  }

  /** Opens (or creates) the journal in `dir`; sequence numbers continue above `floorSeq`. */
  static open(dir: string, floorSeq: number, options: JournalOptions = {}): UpdateJournal {
    fs.mkdirSync(dir, { recursive: true });
    return new UpdateJournal(dir, floorSeq, options);
  }

  /** Resolves with the update's sequence number once it is written (with the others of this turn). */
  append(doc: string, data: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) queueMicrotask(() => this.writeQueued());
      this.queue.push({ doc, data, resolve, reject });
    });
  }

  /** The updates of `doc` after `afterSeq`, in order. */
  entries(doc: string, afterSeq: number): JournalEntry[] {
    return (this.index.get(doc) ?? [])
      .filter((e) => e.seq > afterSeq)
      .map((e) => ({ seq: e.seq, data: e.segment.read(e.offset, e.length) }));
  }

  /** Documents with entries not yet compacted: after a crash, these need compacting. */
  pendingDocs(): string[] {
    return [...this.index.keys()];
  }

  /** Bytes of every segment on disk. */
  bytes(): number {
    return this.segments.reduce((sum, segment) => sum + segment.size, 0);
  }

  /** The document is compacted through `throughSeq`: its entries up to there are not needed. */
  forget(doc: string, throughSeq: number): void {
    const entries = this.index.get(doc);
    if (!entries) return;
    const kept = entries.filter((e) => e.seq > throughSeq);
    for (const e of entries) if (e.seq <= throughSeq) e.segment.release(doc);
    if (kept.length > 0) this.index.set(doc, kept);
    else this.index.delete(doc);
    this.dropFinishedSegments();
  }

  /** Writes what is queued and forces it to disk. Segments stay for the next start to read. */
  close(): void {
    clearInterval(this.syncTimer);
    this.writeQueued();
    if (!this.active.holdsAnything) {
      this.active.remove();
      this.segments.splice(this.segments.indexOf(this.active), 1);
    }
    for (const segment of this.segments) segment.close();
  }

  private writeQueued(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const segment = this.active;
    const records: JournalRecord[] = [];
    for (const p of batch) {
      const { docId, isNew } = segment.idOf(p.doc);
      if (isNew) records.push({ kind: 'name', docId, doc: p.doc });
      records.push({ kind: 'update', docId, data: p.data });
    }
    const firstSeq = this.nextSeq;
    const { bytes, dataOffsets } = encodeBatch(firstSeq, records);
    let start: number;
    try {
      start = segment.write(bytes);
    } catch (error) {
      for (const p of batch) p.reject(error);
      this.rotate();
      return;
    }
    this.nextSeq += batch.length;
    batch.forEach((p, i) => {
      const seq = firstSeq + i;
      this.remember(p.doc, {
        seq,
        segment,
        offset: start + (dataOffsets[i] ?? 0),
        length: p.data.length,
      });
      p.resolve(seq);
    });
    if (segment.size >= this.segmentBytes) this.rotate();
  }

  private rotate(): void {
    try {
      this.active = this.startSegment();
    } catch (error) {
      // The next append tries the current segment again.
      console.error('Could not start a new journal segment', error);
    }
    this.dropFinishedSegments();
  }

  private remember(doc: string, entry: IndexEntry): void {
    const entries = this.index.get(doc);
    if (entries) entries.push(entry);
    else this.index.set(doc, [entry]);
    entry.segment.hold(doc);
  }

  /** Reads the segments a previous process left; returns the highest sequence number seen. */
  private recover(floorSeq: number): number {
    let lastSeq = floorSeq;
    for (const name of fs.readdirSync(this.dir).sort()) {
      const segment = Segment.openExisting(this.dir, name);
      if (!segment) continue;
      const decoded = decodeSegment(segment.readAll());
      this.segments.push(segment);
      for (const u of decoded.updates) {
        const doc = decoded.names.get(u.docId);
        if (doc === undefined) continue;
        this.remember(doc, { seq: u.seq, segment, offset: u.offset, length: u.length });
      }
      lastSeq = Math.max(lastSeq, decoded.lastSeq);
    }
    return lastSeq;
  }

  private startSegment(): Segment {
    const last = this.segments.at(-1);
    const segment = Segment.create(this.dir, last ? last.number + 1 : 1);
    this.segments.push(segment);
    return segment;
  }

  private dropFinishedSegments(): void {
    for (const segment of [...this.segments]) {
      if (segment === this.active || segment.holdsAnything) continue;
      segment.remove();
      this.segments.splice(this.segments.indexOf(segment), 1);
    }
  }
}
