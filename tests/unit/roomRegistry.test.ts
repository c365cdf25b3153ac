import { describe, expect, it } from 'vitest';
import type { Room } from '../../server/collab/room.js';
import { RoomRegistry } from '../../server/collab/roomRegistry.js';

/** Just what the registry touches of a room: its name, whether idle, compact and destroy. */
function fakeRoom(name: string, log: string[], turn: () => number): Room {
  const room = {
    name,
    connections: new Set(),
    idle: true,
    compact: () => {
      log.push(`${name}@${turn()}`);
      return Promise.resolve();
    },
    destroy: () => undefined,
  };
  return room as unknown as Room;
}

describe('RoomRegistry', () => {
  it('unloads rooms emptied at once one per turn of the event loop, each compacted first', async () => {
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const compacted: string[] = [];
    const registry = new RoomRegistry((name) =>
      Promise.resolve(fakeRoom(name, compacted, () => turns)),
    );
    const rooms = await Promise.all(['S1', 'S2', 'S3'].map((name) => registry.acquire(name)));
    for (const room of rooms) registry.release(room);
    await Promise.all(rooms.map((room) => registry.acquire(room.name)));
    ticking = false;
    expect(compacted.map((c) => c.split('@')[0])).toEqual(['S1', 'S2', 'S3']);
    const at = compacted.map((c) => Number(c.split('@')[1]));
    expect(new Set(at).size, `compacted in turns ${at.join(', ')}`).toBe(3);
    // acquiring after an unload gives a fresh room, not the unloaded one
    expect(registry.loaded('S1')).not.toBe(rooms[0]);
  });
});
