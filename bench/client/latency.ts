import * as Y from 'yjs';

/**
 * Edit-to-peer latency. The sender notes the time at which it sent the keystroke with Yjs id
 * (clientID, clock); a peer that receives an update covering that id records now − sent. The id
 * is the timestamp's key, so merged or batched broadcasts still count every keystroke once per peer.
 * One book serves all clients: they live in this process and share one clock.
 */
export class LatencyBook {
  private sentAt = new Map<number, Map<number, number>>();
  samples: number[] = [];
  /** Off during warm-up: samples from connecting and joining are not the steady state. */
  recording = false;
  updatesSent = 0;
  updateBytesSent = 0;

  sent(clientID: number, clock: number, at: number): void {
    let times = this.sentAt.get(clientID);
    if (!times) this.sentAt.set(clientID, (times = new Map<number, number>()));
    times.set(clock, at);
  }

  countUpdate(bytes: number): void {
    this.updatesSent += 1;
    this.updateBytesSent += bytes;
  }

  received(update: Uint8Array, receiver: number, now: number): void {
    if (!this.recording) return;
    const meta = Y.parseUpdateMeta(update);
    for (const [client, from] of meta.from) {
      if (client === receiver) continue;
      const times = this.sentAt.get(client);
      if (!times) continue;
      const to = meta.to.get(client) ?? from;
      for (let clock = from; clock < to; clock++) {
        const at = times.get(clock);
        if (at !== undefined) this.samples.push(now - at);
      }
    }
  }

  /** Starts a new window; forgets old send times so memory stays bounded over a long ramp. */
  reset(): void {
    this.samples = [];
    this.sentAt = new Map<number, Map<number, number>>();
    this.updatesSent = 0;
    this.updateBytesSent = 0;
  }
}
