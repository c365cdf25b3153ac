import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { binaryFrame } from '../../server/collab/wsFrame.js';

/** ws's own frame parser: exported at run time, though its types leave it out. */
const { Receiver } = createRequire(import.meta.url)('ws') as {
  Receiver: new (options: { isServer: boolean }) => Writable;
};

/** What a WebSocket client (ws's own parser) reads from `bytes`. */
function readAsClient(bytes: Uint8Array): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
    receiver.on('error', reject);
    receiver.write(Buffer.from(bytes));
  });
}

describe('binaryFrame', () => {
  it.each([
    [0, 2],
    [125, 2],
    [126, 4],
    [65_535, 4],
    [65_536, 10],
    [300_000, 10],
  ])(
    'frames %i bytes with a %i-byte header that a client reads back intact',
    async (length, header) => {
      const message = Uint8Array.from({ length }, (_, i) => (i * 31) % 256);
      const frame = binaryFrame(message);
      expect(frame.length).toBe(header + length);
      const read = await readAsClient(frame);
      expect(read.isBinary).toBe(true);
      expect(read.data.equals(Buffer.from(message))).toBe(true);
    },
  );
});
