/**
 * Knows whether local changes are stored on the server. y-websocket has no acknowledgements,
 * so after local changes (and after answering the server's sync step 1 on reconnect) we send
 * an ack probe (see ackProbe.ts) and read the answer. Until the server's answer shows all of
 * our document, the changes are pending and we probe again.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import { MessageType } from '../../../shared/protocol/collab.js';
import { createProbe, probeSatisfied, type AckProbe } from './ackProbe.js';

const PROBE_DELAY_MS = 250;
const REPROBE_DELAY_MS = 400;

export class SaveTracker {
  /** Counts local updates (typing, IndexedDB loads): everything the server may not have yet. */
  private localSeq = 0;
  private ackedSeq = 0;
  /** Step 2 answers still owed to us, in order: the provider's own step 1 (null) or a probe. */
  private owed: (AckProbe | null)[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    provider.doc.on('update', this.onUpdate);
    provider.on('status', this.onStatus);
    provider.on('connection-close', this.onClose);
    const original = provider.messageHandlers[MessageType.sync];
    if (!original) throw new Error('y-websocket has no sync handler');
    provider.messageHandlers[MessageType.sync] = (encoder, decoder, ...rest) => {
      const peek = decoding.clone(decoder);
      const subtype = decoding.readVarUint(peek);
      original(encoder, decoder, ...rest);
      if (subtype === syncProtocol.messageYjsSyncStep1) {
        // We just answered with our changes; probe once that answer is on the wire.
        this.schedule(0);
      } else if (subtype === syncProtocol.messageYjsSyncStep2) {
        this.answered(decoding.readVarUint8Array(peek));
      }
    };
  }

  /** True while some local change has not been confirmed by the server. */
  get pending(): boolean {
    return this.localSeq > this.ackedSeq;
  }

  /** True once anything local (typing or an IndexedDB load) touched the document. */
  get hasLocalChanges(): boolean {
    return this.localSeq > 0;
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.provider.doc.off('update', this.onUpdate);
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onClose);
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return;
    this.localSeq += 1;
    this.schedule(PROBE_DELAY_MS);
    this.onChange();
  };

  private readonly onStatus = ({ status }: { status: string }) => {
    // On 'connected' the provider sends its own step 1 right after this event.
    this.owed = status === 'connected' ? [null] : [];
    this.onChange();
  };

  private readonly onClose = () => {
    this.owed = [];
    this.onChange();
  };

  private answered(update: Uint8Array): void {
    const probe = this.owed.shift();
    if (!probe) return;
    if (probeSatisfied(probe, update)) {
      this.ackedSeq = Math.max(this.ackedSeq, probe.seq);
      this.onChange();
    }
    if (this.pending) this.schedule(REPROBE_DELAY_MS);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.probe(), delay);
  }

  private probe(): void {
    this.timer = null;
    const ws = this.provider.ws;
    if (!this.pending || !this.provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) {
      return;
    }
    // One probe at a time: its answer schedules the next if needed.
    if (this.owed.some((owed) => owed !== null)) return;
    const { probe, stateVector } = createProbe(this.provider.doc, this.localSeq);
    this.owed.push(probe);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, stateVector);
    ws.send(encoding.toUint8Array(encoder));
  }
}
