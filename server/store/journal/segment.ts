import fs from 'node:fs';
import path from 'node:path';

const SEGMENT_NAME = /^(\d{8})-(\d+)\.log$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One journal file: written at its end, read anywhere, deleted once nothing in it is needed. */
export class Segment {
  private readonly holders = new Map<string, number>();
  private readonly docIds = new Map<string, number>();
  private dirty = false;
  private syncing = false;

  private constructor(
    private readonly file: string,
    readonly number: number,
    private fd: number,
    public size: number,
    /** Another live process still writes it (tests open a second server on the same data). */
    readonly foreign: boolean,
  ) {}

  static create(dir: string, number: number): Segment {
    const file = path.join(dir, `${String(number).padStart(8, '0')}-${process.pid}.log`);
    return new Segment(file, number, fs.openSync(file, 'wx+'), 0, false);
  }

  /** A segment another process wrote: read-only here, and deleted only once its writer is gone. */
  static openExisting(dir: string, name: string): Segment | null {
    const match = SEGMENT_NAME.exec(name);
    if (!match) return null;
    const file = path.join(dir, name);
    const writer = Number(match[2]);
    return new Segment(
      file,
      Number(match[1]),
      fs.openSync(file, 'r'),
      fs.statSync(file).size,
      writer !== process.pid && isRunning(writer),
    );
  }

  get holdsAnything(): boolean {
    return this.holders.size > 0 || this.foreign;
  }

  /** The short id of `doc` in this segment; `isNew` when the segment has not named it yet. */
  idOf(doc: string): { docId: number; isNew: boolean } {
    const known = this.docIds.get(doc);
    if (known !== undefined) return { docId: known, isNew: false };
    const docId = this.docIds.size;
    this.docIds.set(doc, docId);
    return { docId, isNew: true };
  }

  /**
   * Appends `bytes`; returns where they start. On failure the file is cut back to its size, and
   * the names handed out for the batch were never written: the journal moves to a new segment.
   */
  write(bytes: Uint8Array): number {
    const start = this.size;
    try {
      let done = 0;
      while (done < bytes.length) {
        done += fs.writeSync(this.fd, bytes, done, bytes.length - done, start + done);
      }
    } catch (error) {
      fs.ftruncateSync(this.fd, start);
      throw error;
    }
    this.size += bytes.length;
    this.dirty = true;
    return start;
  }

  read(offset: number, length: number): Uint8Array {
    const data = new Uint8Array(length);
    fs.readSync(this.fd, data, 0, length, offset);
    return data;
  }

  readAll(): Uint8Array {
    return this.read(0, this.size);
  }

  hold(doc: string): void {
    this.holders.set(doc, (this.holders.get(doc) ?? 0) + 1);
  }

  release(doc: string): void {
    const count = (this.holders.get(doc) ?? 0) - 1;
    if (count > 0) this.holders.set(doc, count);
    else this.holders.delete(doc);
  }

  /** Forces written batches to disk on libuv's thread pool, off the event loop. */
  syncInBackground(onSynced?: (seconds: number) => void): void {
    if (!this.dirty || this.syncing) return;
    this.dirty = false;
    this.syncing = true;
    const started = process.hrtime.bigint();
    fs.fdatasync(this.fd, () => {
      this.syncing = false;
      onSynced?.(Number(process.hrtime.bigint() - started) / 1e9);
    });
  }

  close(): void {
    if (this.fd < 0) return;
    if (this.dirty) fs.fdatasyncSync(this.fd);
    fs.closeSync(this.fd);
    this.fd = -1;
  }

  remove(): void {
    this.close();
    fs.rmSync(this.file, { force: true });
  }
}
