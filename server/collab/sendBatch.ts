import type { Writable } from 'node:stream';

/**
 * Corks a socket on its first send in a turn of the event loop and uncorks every such socket
 * once the turn's work (its microtasks included) is done: a keystroke's update and caret, and
 * whatever else a peer is owed this turn, leave in one write instead of one write per frame.
 */
export class SendBatch {
  private readonly corked = new Set<Writable>();

  hold(socket: Writable): void {
    if (this.corked.has(socket)) return;
    socket.cork();
    this.corked.add(socket);
    // A tick queued from a microtask runs once the microtask queue is empty.
    if (this.corked.size === 1) process.nextTick(this.release);
  }

  private readonly release = (): void => {
    for (const socket of this.corked) socket.uncork();
    this.corked.clear();
  };
}
