import { CloseCode } from '../../shared/protocol/collab.js';
import type { Connection } from './connection.js';
import type { Room } from './room.js';
import { nextTurn } from '../eventLoop.js';

export type RoomLoader = (name: string) => Promise<Room>;

export interface RoomHooks {
  loaded?: (room: Room) => void;
  /** Last chance to read the document before it is destroyed. */
  unloading?: (room: Room) => Promise<void>;
}

/**
 * Loads a room on its first connection and unloads it (flushed and compacted) after the last
 * one leaves. A connection that arrives while its room unloads waits and gets a fresh one.
 */
export class RoomRegistry {
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly ready = new Map<string, Room>();
  private readonly unloading = new Map<string, Promise<void>>();
  /** Set at shutdown: closing sockets must not start unloads the database won't outlive. */
  private closing = false;
  /**
   * Unloads run one at a time, each in its own turn of the event loop: a hundred rooms emptied
   * at once (the end of a working day) must not compact in one block that stalls the others.
   */
  private unloadQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly loader: RoomLoader,
    private readonly hooks: RoomHooks = {},
  ) {}

  async acquire(name: string): Promise<Room> {
    await this.unloading.get(name);
    const existing = this.loading.get(name);
    if (existing) return existing;
    const load = this.loader(name).then((room) => {
      this.ready.set(name, room);
      this.hooks.loaded?.(room);
      return room;
    });
    this.loading.set(name, load);
    load.catch(() => this.loading.delete(name));
    return load;
  }

  /** Call when a connection has left; unloads the room if it was the last. */
  release(room: Room): void {
    if (this.closing || !room.idle || this.unloading.has(room.name)) return;
    // `unload` never throws: one failed unload must not stop the ones queued after it.
    this.unloadQueue = this.unloadQueue.then(nextTurn).then(() => this.unload(room));
    const unload = this.unloadQueue.finally(() => this.unloading.delete(room.name));
    this.unloading.set(room.name, unload);
  }

  loaded(name: string): Room | undefined {
    return this.ready.get(name);
  }

  rooms(): IterableIterator<Room> {
    return this.ready.values();
  }

  /** Closes the sockets of one session everywhere (logout). */
  closeSession(sessionId: string): void {
    this.closeWhere((c) => c.sessionId === sessionId, CloseCode.loggedOut, 'logged out');
  }

  /** Closes every socket, in every room, that `which` picks. */
  closeWhere(which: (connection: Connection) => boolean, code: number, reason: string): void {
    for (const room of this.ready.values()) {
      for (const c of room.connections) if (which(c)) c.close(code, reason);
    }
  }

  /**
   * Shutdown: every write is stored and every room compacted before the sockets go, with the
   * code that tells clients to come back (the stock provider reconnects by itself).
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.unloading.values()]);
    const rooms = [...this.ready.values()];
    for (const room of rooms) room.freeze();
    await Promise.all(rooms.map((room) => room.compact()));
    for (const room of rooms) {
      for (const c of room.connections) c.close(CloseCode.restarting, 'server restarting');
    }
  }

  private async unload(room: Room): Promise<void> {
    try {
      await room.compact();
      await this.hooks.unloading?.(room);
    } catch (error) {
      console.error(`Could not compact ${room.name}; its log stays as it is`, error);
    }
    // Someone may have joined while the log was being compacted.
    if (!room.idle) return;
    this.ready.delete(room.name);
    this.loading.delete(room.name);
    try {
      room.destroy();
    } catch (error) {
      console.error(`Could not free ${room.name}`, error);
    }
  }
}
