import * as Y from 'yjs';
import { Typist } from '../client/typist.js';
import { treeBytes, writeBytes } from '../proc.js';
import { round } from '../stats.js';
import { withDeadline } from '../wait.js';
import { closeAll, connectAll, type Workload, type WorkloadContext } from './common.js';
import { typingRooms } from './w2-typing.js';

/** Load when W2 did not run first or found no knee: a modest 100 clients (fewer in small runs). */
const DEFAULT_HALF_KNEE = 100;

/** Bytes written to disk per byte of Yjs updates received, while W2 runs at half the knee. */
async function writeAmplification(
  ctx: WorkloadContext,
): Promise<{ ratio: number | null; details: object }> {
  const { pid } = ctx.target.server;
  const dir = ctx.target.dataDir;
  const knee = ctx.previous.w2KneeClients;
  const half = knee ? knee / 2 : Math.min(DEFAULT_HALF_KNEE, ctx.params.w2.maxClients / 2);
  const rooms = Math.max(1, Math.floor(half / ctx.params.w2.roomSize));
  let before = { io: 0, files: 0 };
  let after = { io: 0, files: 0 };
  let updateBytes = 0;
  // Read at the window's edges; the book's update bytes are reset when the window opens.
  const sample = (): { io: number; files: number } => ({
    io: writeBytes(pid) ?? 0,
    files: dir ? treeBytes(dir) : 0,
  });
  const { step, clients } = await typingRooms(ctx, rooms, {
    opened: () => (before = sample()),
    closed: () => {
      after = sample();
      updateBytes = ctx.book.updateBytesSent;
    },
  });
  await closeAll(clients);
  const written = after.io - before.io;
  const ratio = updateBytes > 0 ? written / updateBytes : null;
  return {
    ratio,
    details: {
      clients: rooms * ctx.params.w2.roomSize,
      updateBytes,
      writeBytes: written,
      fileGrowth: after.files - before.files,
      step,
    },
  };
}

/**
 * Edits lost to kill -9: a writer types, a peer receives, the server is killed mid-stream and
 * restarted on the same data; every keystroke the peer had received must be there after restart.
 */
async function lostEdits(ctx: WorkloadContext): Promise<{ lost: number; details: object }> {
  const room = ctx.target.room(0);
  const restart = ctx.target.killAndRestart;
  if (!restart) throw new Error('no restart');
  const { typedBeforeKill, keysPerSec } = ctx.params.w6;
  const [writer, peer] = await connectAll(ctx, [
    { room, mode: 'full' },
    { room, mode: 'full' },
  ]);
  if (!writer || !peer) throw new Error('w6: clients missing');
  const typist = new Typist(keysPerSec);
  typist.add([writer]);
  typist.start();
  await withDeadline(
    'w6 typing',
    typist.until(typedBeforeKill),
    ctx.params.waitMs + (typedBeforeKill / keysPerSec) * 4000,
  );
  // Killed while the writer is still typing: some edits are in flight, some stored, some relayed.
  const restarted = await restart();
  typist.stop();
  const received = Y.getState(peer.doc.store, writer.clientID);
  await closeAll([writer, peer]);
  const [reader] = await connectAll({ ...ctx, target: restarted }, [{ room, mode: 'full' }]);
  if (!reader) throw new Error('w6: reader missing');
  const restored = Y.getState(reader.doc.store, writer.clientID);
  await reader.close();
  // The runner stops the original target, which removes the data directory they share.
  await restarted.server.stop();
  const lost = writer.keystrokes.filter((clock) => clock < received && clock >= restored).length;
  return {
    lost,
    details: { typed: writer.keystrokes.length, receivedClock: received, restoredClock: restored },
  };
}

export const w6Persistence: Workload = async (ctx) => {
  if (!ctx.target.dataDir || !ctx.target.killAndRestart) {
    return { figures: {}, details: {}, notes: ['w6: this server keeps nothing on disk.'] };
  }
  const amplification = await writeAmplification(ctx);
  const { lost, details } = await lostEdits(ctx);
  ctx.log(`  w6 write amplification ${amplification.ratio?.toFixed(2)}×, lost ${lost}`);
  return {
    figures: { w6WriteAmplification: round(amplification.ratio), w6LostEdits: lost },
    details: { w6: { amplification: amplification.details, kill: details } },
    notes: [],
  };
};
