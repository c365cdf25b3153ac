import fs from 'node:fs';

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
  ) {}

  static create(file: string, number: number): Segment {
    return new Segment(file, number, fs.openSync(file, 'wx+'), 0);
  }

  /** A segment a previous process left: read-only, never written again. */
  static openExisting(file: string): Segment {
    const number = Number(/(\d+)\.log$/.exec(file)?.[1] ?? 0);
    return new Segment(file, number, fs.openSync(file, 'r'), fs.statSync(file).size);
  }

  get holdsAnything(): boolean {
    return this.holders.size > 0;
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
  syncInBackground(): void {
    if (!this.dirty || this.syncing) return;
    this.dirty = false;
    this.syncing = true;
    fs.fdatasync(this.fd, () => {
      this.syncing = false;
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
