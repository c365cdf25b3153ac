import { crc32 } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The journal's on-disk unit: one batch per write, so a torn tail (power loss mid-write) is
 * recognised by its length or checksum and ignored, never replayed as garbage.
 *
 *   batch  = u32 bodyLength, u32 crc32(body), body
 *   body   = varuint firstSeq, record*
 *   record = varuint NAME, varuint docId, varstring doc       (declares a short id)
 *          | varuint UPDATE, varuint docId, varuint8array data (seq = firstSeq + index)
 *
 * Documents are named once per segment and then referred to by a small id: an update of one
 * keystroke is about 20 bytes, and its document's name would otherwise double it.
 */

const HEADER_BYTES = 8;
const NAME = 0;
const UPDATE = 1;

export type JournalRecord =
  | { kind: 'name'; docId: number; doc: string }
  | { kind: 'update'; docId: number; data: Uint8Array };

export interface DecodedUpdate {
  docId: number;
  seq: number;
  /** Where the update's bytes sit in the segment. */
  offset: number;
  length: number;
}

export interface DecodedSegment {
  names: Map<number, string>;
  updates: DecodedUpdate[];
  lastSeq: number;
  /** Bytes that hold whole, valid batches; anything after them is a torn tail. */
  validBytes: number;
}

export interface EncodedBatch {
  bytes: Uint8Array;
  /** For each update record, in order, where its data starts in `bytes`. */
  dataOffsets: number[];
}

export function encodeBatch(firstSeq: number, records: readonly JournalRecord[]): EncodedBatch {
  const encoder = encoding.createEncoder();
  const dataOffsets: number[] = [];
  encoding.writeVarUint(encoder, firstSeq);
  for (const record of records) {
    if (record.kind === 'name') {
      encoding.writeVarUint(encoder, NAME);
      encoding.writeVarUint(encoder, record.docId);
      encoding.writeVarString(encoder, record.doc);
    } else {
      encoding.writeVarUint(encoder, UPDATE);
      encoding.writeVarUint(encoder, record.docId);
      encoding.writeVarUint(encoder, record.data.length);
      dataOffsets.push(HEADER_BYTES + encoding.length(encoder));
      encoding.writeUint8Array(encoder, record.data);
    }
  }
  const body = encoding.toUint8Array(encoder);
  const batch = new Uint8Array(HEADER_BYTES + body.length);
  const view = new DataView(batch.buffer);
  view.setUint32(0, body.length, true);
  view.setUint32(4, crc32(body), true);
  batch.set(body, HEADER_BYTES);
  return { bytes: batch, dataOffsets };
}

/** Reads every whole batch of a segment; stops at the first torn or corrupt one. */
export function decodeSegment(bytes: Uint8Array): DecodedSegment {
  const names = new Map<number, string>();
  const updates: DecodedUpdate[] = [];
  let lastSeq = 0;
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (at + HEADER_BYTES <= bytes.length) {
    const length = view.getUint32(at, true);
    const start = at + HEADER_BYTES;
    if (length === 0 || start + length > bytes.length) break;
    const body = bytes.subarray(start, start + length);
    if (crc32(body) !== view.getUint32(at + 4, true)) break;
    const read = readBody(body, start);
    if (!read) break;
    for (const [id, doc] of read.names) names.set(id, doc);
    updates.push(...read.updates);
    lastSeq = read.updates.at(-1)?.seq ?? lastSeq;
    at = start + length;
  }
  return { names, updates, lastSeq, validBytes: at };
}

/** One batch's records; null if it cannot be read (which its checksum should have caught). */
function readBody(
  body: Uint8Array,
  bodyOffset: number,
): { names: Map<number, string>; updates: DecodedUpdate[] } | null {
  const names = new Map<number, string>();
  const updates: DecodedUpdate[] = [];
  try {
    const decoder = decoding.createDecoder(body);
    let seq = decoding.readVarUint(decoder);
    while (decoding.hasContent(decoder)) {
      const kind = decoding.readVarUint(decoder);
      const docId = decoding.readVarUint(decoder);
      if (kind === NAME) {
        names.set(docId, decoding.readVarString(decoder));
        continue;
      }
      const length = decoding.readVarUint(decoder);
      if (kind !== UPDATE || decoder.pos + length > body.length) return null;
      updates.push({ docId, seq, offset: bodyOffset + decoder.pos, length });
      decoder.pos += length;
      seq += 1;
    }
  } catch {
    return null;
  }
  return { names, updates };
}
