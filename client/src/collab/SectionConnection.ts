/**
 * One section's live document: a Y.Doc kept in IndexedDB (offline edits survive a reload) and
 * synced over the collaboration socket. Reports a display status and the server's refusals.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/protocol/collab.js';
import { handleRefusals, type Refusal } from './refusal.js';
import { SaveTracker } from './SaveTracker.js';
import { collabServerUrl } from './serverUrl.js';

export type LinkStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'not-found' | 'restarting';

export interface SectionConnectionOptions {
  sectionId: string;
  /** IndexedDB database name; include the user so people sharing a browser never mix edits. */
  storageName: string;
  onRefused: (reason: Refusal, raw: string) => void;
  /** The server closed for good (4401 logged out, 4403 too many refusals, 4404 no such room). */
  onClosed: (code: number) => void;
  /** Connections keep failing (e.g. an expired session: the upgrade gets HTTP 401). */
  onRepeatedFailures: () => void;
}

/** Connect even if IndexedDB never answers (blocked storage): the server still has the text. */
const STORAGE_WAIT_MS = 1500;

export class SectionConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence;
  private readonly tracker: SaveTracker;
  private readonly listeners = new Set<() => void>();
  private status: LinkStatus = 'connecting';
  /** A connection attempt failed or dropped since the last successful sync. */
  private troubled = false;
  private failures = 0;
  private closedWith: number | null = null;
  /** The server said it is restarting (close code 1012): shown until the next sync. */
  private restarting = false;
  private disposed = false;

  constructor(options: SectionConnectionOptions) {
    this.persistence = new IndexeddbPersistence(options.storageName, this.doc);
    this.provider = new WebsocketProvider(collabServerUrl(), options.sectionId, this.doc, {
      connect: false,
      // Other tabs could replay refused edits into a reset document; each tab syncs with the server.
      disableBc: true,
    });
    handleRefusals(this.provider, options.onRefused);
    this.tracker = new SaveTracker(this.provider, this.recompute);

    this.provider.on('sync', (synced: boolean) => {
      if (synced) {
        this.troubled = false;
        this.restarting = false;
        this.failures = 0;
      }
      this.recompute();
    });
    this.provider.on('connection-error', this.markTroubled);
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === CloseCode.restarting) this.restarting = true;
      this.failures += 1;
      if (this.failures === 3 || this.failures % 20 === 0) options.onRepeatedFailures();
      this.markTroubled();
    });
    this.provider.on('closed', ({ code }: { code: number }) => {
      this.closedWith = code;
      this.recompute();
      options.onClosed(code);
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.recompute);

    const timeout = new Promise((resolve) => setTimeout(resolve, STORAGE_WAIT_MS));
    void Promise.race([this.persistence.whenSynced, timeout]).then(() => {
      if (!this.disposed) this.provider.connect();
    });
  }

  get hasLocalChanges(): boolean {
    return this.tracker.hasLocalChanges;
  }

  readonly getStatus = (): LinkStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stop syncing; `clearLocal` also forgets the IndexedDB copy (after a refusal). */
  async dispose({ clearLocal }: { clearLocal: boolean }): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.recompute);
    this.tracker.destroy();
    this.provider.destroy();
    this.listeners.clear();
    try {
      if (clearLocal) await this.persistence.clearData();
      else await this.persistence.destroy();
    } finally {
      this.doc.destroy();
    }
  }

  private readonly markTroubled = () => {
    this.troubled = true;
    this.recompute();
  };

  private readonly onOnline = () => {
    if (this.closedWith === null) this.provider.connect();
    this.recompute();
  };

  private computeStatus(): LinkStatus {
    const { provider } = this;
    if (this.closedWith === CloseCode.roomNotFound) return 'not-found';
    if (!navigator.onLine) return 'offline';
    if (provider.wsconnected && provider.synced) return this.tracker.pending ? 'saving' : 'saved';
    if (this.restarting) return 'restarting';
    if (this.troubled || this.closedWith !== null) return 'offline';
    return 'connecting';
  }

  private readonly recompute = () => {
    if (this.disposed) return;
    const next = this.computeStatus();
    if (next === this.status) return;
    this.status = next;
    for (const listener of this.listeners) listener();
  };
}
