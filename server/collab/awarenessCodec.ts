import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One entry of a y-protocols awareness update as it arrives: `state` is JSON ("null" = removed). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

/**
 * An entry as the server keeps and sends it: the state's JSON already encoded as UTF-8. Every
 * caret move replaces one; as bytes it lives outside the JavaScript heap, which the collector
 * would otherwise copy for every keystroke whose caret outlived a collection.
 */
export interface EncodedAwarenessEntry {
  clientId: number;
  clock: number;
  state: Uint8Array;
}

const utf8 = new TextEncoder();

export const encodeState = (json: string): Uint8Array => utf8.encode(json);

/** The state of a client that has gone. */
export const REMOVED_STATE = encodeState('null');

/** Reads an awareness update (the bytes after the message type). Throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    });
  }
  return entries;
}

/** The wire form of `decodeAwarenessUpdate`'s input: a varstring is a length and UTF-8 bytes. */
export function encodeAwarenessUpdate(entries: readonly EncodedAwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarUint8Array(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}
