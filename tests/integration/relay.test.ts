/**
 * How the server relays a keystroke: its caret after its text, and everything one peer is owed
 * in a turn of the event loop in one write to that peer's socket.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, type ApiClient } from '../helpers/api.js';
import { connectRaw, paragraphUpdate, type RawClient } from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';

let server: TestServer;
let sct: ApiClient;
let sct2: ApiClient;
const raws: RawClient[] = [];

async function raw(who: ApiClient): Promise<RawClient> {
  const c = await connectRaw(server, who, SECTION);
  raws.push(c);
  await c.synced();
  return c;
}

/** A keystroke as an editor sends it: the update, then at once the caret that follows it. */
function typeWithCaret(writer: RawClient, token: string, clock: number): void {
  writer.sendUpdate(paragraphUpdate(writer.doc, token));
  writer.sendAwareness([
    { clientId: writer.doc.clientID, clock, state: JSON.stringify({ cursor: token }) },
  ]);
}

/** The shape of `Writable#_write` and `_writev`: where a socket's bytes go to the kernel. */
type Flush = (this: net.Socket, ...args: unknown[]) => void;

const frameIndex = (peer: RawClient, match: (f: RawClient['frames'][number]) => boolean): number =>
  peer.frames.findIndex(match);

beforeAll(async () => {
  server = await startServer();
  [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
});

afterAll(async () => {
  for (const c of raws) c.close();
  await server.stop();
});

describe('relaying a keystroke', () => {
  it('sends the caret after the text it follows', async () => {
    const [writer, peer] = [await raw(sct), await raw(sct2)];
    for (let clock = 1; clock <= 5; clock++) {
      const token = `[CARET-${clock}]`;
      typeWithCaret(writer, token, clock);
      const caretAt = (): number =>
        frameIndex(
          peer,
          (f) => f.kind === 'awareness' && f.entries.some((e) => e.state.includes(token)),
        );
      await waitFor(() => caretAt() >= 0, { message: `the caret of ${token}` });
      const textAt = frameIndex(
        peer,
        (f) => f.kind === 'sync-update' && new TextDecoder().decode(f.update).includes(token),
      );
      expect(textAt, `${token} arrived before its caret`).toBeGreaterThanOrEqual(0);
      expect(textAt).toBeLessThan(caretAt());
    }
  });

  it("writes a keystroke's update and caret to each peer in one socket write", async () => {
    const [writer, peer] = [await raw(sct), await raw(sct2)];
    // The server's end of the peer's connection is the socket whose remote port is the peer's.
    const peerPort = (peer.ws as unknown as { _socket: net.Socket })._socket.localPort;
    let writes = 0;
    const proto = net.Socket.prototype as unknown as Record<'_write' | '_writev', Flush>;
    const originals = { _write: proto._write, _writev: proto._writev };
    const spies = (['_write', '_writev'] as const).map((name) =>
      vi.spyOn(proto, name).mockImplementation(function (this: net.Socket, ...args) {
        if (this.remotePort === peerPort) writes += 1;
        originals[name].apply(this, args);
      }),
    );
    try {
      const seen = peer.frames.length;
      typeWithCaret(writer, '[ONE-WRITE]', 100);
      await waitFor(() => peer.frames.slice(seen).some((f) => f.kind === 'awareness'));
      expect(peer.frames.slice(seen).map((f) => f.kind)).toEqual(['sync-update', 'awareness']);
      expect(writes).toBe(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
