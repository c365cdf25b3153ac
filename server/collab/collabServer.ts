import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import type { AuditAction } from '../../shared/audit.js';
import type { PublicUser } from '../../shared/model.js';
import {
  CloseCode,
  MAX_FRAME_BYTES,
  parseRoomName,
  type RefusalReason,
  type RoomRef,
} from '../../shared/protocol/collab.js';
import type { AuditLog } from '../audit/auditLog.js';
import type { RequestAuthorizer } from '../auth/requestAuthorizer.js';
import type { AuthenticatedSession } from '../auth/sessions.js';
import { AppError } from '../errors.js';
import type { Logger } from '../ops/logger.js';
import type { CollabObserver } from '../ops/metrics.js';
import { requestIdOf } from '../ops/requestId.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { Store } from '../store/store.js';
import { Connection, type Socket } from './connection.js';
import { FlushScheduler } from './flushScheduler.js';
import { handleFrame } from './messages.js';
import { IndicatorPublisher } from '../indicators/indicatorPublisher.js';
import { PlanRoomPublisher } from './planRoomPublisher.js';
import { Room } from './room.js';
import { RefusalTally } from './refusalTally.js';
import { RoomRegistry } from './roomRegistry.js';
import { SectionFactsTracker } from './sectionFacts.js';
import { SendBatch } from './sendBatch.js';
import { StateBuilder } from './stateBuilder.js';
import { userColor } from './userColor.js';
import { readOnlyGate, SectionWriteGate } from './writeGate.js';
import { ServerWriter, updateFromEdit, WriteRefused } from './serverWriter.js';

export interface CollabDependencies {
  store: Store;
  directory: SectionDirectory;
  authorizer: RequestAuthorizer;
  audit: AuditLog;
  compactAfterBytes: number;
  /** See `Socket.maxBufferedBytes`. */
  sendBufferBytes: number;
  log: Logger;
  observer?: CollabObserver;
  /** Called with a section's plain text every few seconds while it is edited (search). */
  onSectionText?: (sectionId: string, text: string) => void;
}

const PATH_PREFIX = '/collab/';
/** setTimeout's longest delay; a session longer than this is checked again when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function rejectUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The WebSocket side: authenticates upgrades, then wires sockets to rooms. */
export class CollabServer {
  readonly registry: RoomRegistry;
  readonly publisher: PlanRoomPublisher;
  readonly indicators: IndicatorPublisher;
  private readonly facts: SectionFactsTracker;
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly scheduler = new FlushScheduler();
  private readonly sends = new SendBatch();
  private readonly builder = new StateBuilder();
  private readonly refusals = new RefusalTally();

  constructor(private readonly deps: CollabDependencies) {
    this.registry = new RoomRegistry((name) => this.loadRoom(name), {
      loaded: (room) => this.onRoomLoaded(room),
      unloading: (room) => this.facts.flush(room.name),
    });
    this.facts = new SectionFactsTracker(
      deps.store.workflow,
      (sectionId, facts) => this.publisher.publishFacts(sectionId, facts),
      undefined,
      deps.onSectionText,
    );
    this.publisher = new PlanRoomPublisher(deps.directory, deps.store.threads, this.registry);
    this.indicators = new IndicatorPublisher(
      deps.store.indicators,
      deps.store.indicatorFreezes,
      this.registry,
    );
    this.builder.prepare();
  }

  /** For `server.on('upgrade')`. Nothing Yjs flows before the session and origin are checked. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    // The upgrade is an HTTP request: its id follows the connection through every log line.
    const log = this.deps.log.child({ reqId: requestIdOf(request.headers) });
    this.authorizeUpgrade(request)
      .then((result) => {
        if ('reject' in result) {
          log.info({ status: result.reject[0], code: result.reject[1] }, 'websocket refused');
          rejectUpgrade(socket, ...result.reject);
          return;
        }
        this.wss.handleUpgrade(request, socket, head, (ws) =>
          this.accept(
            {
              ws,
              stream: socket,
              batch: this.sends,
              maxBufferedBytes: this.deps.sendBufferBytes,
            },
            result.session,
            result.room,
            request,
            log.child({ room: result.room, userId: result.session.user.id }),
          ),
        );
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'websocket upgrade failed');
        rejectUpgrade(socket, 500, 'internal', 'Internal error.');
      });
  }

  /** Open connections in every loaded room (for the metrics). */
  connectionCount(): number {
    let count = 0;
    for (const room of this.registry.rooms()) count += room.connections.size;
    return count;
  }

  /**
   * Compacts the documents a killed process left in the journal, before anyone connects: the
   * journal can then let go of its old segments.
   */
  async recover(docs: readonly string[]): Promise<void> {
    for (const name of docs) {
      if (!parseRoomName(name)) continue;
      const room = await this.loadRoom(name);
      await room.compact();
      room.destroy();
    }
  }

  /**
   * Applies `update` to a section as `user` through the same path as a socket's write: the
   * policy is checked when it arrives and when it is stored, it is stored before it is relayed,
   * and the audit trail notes it with `note`. Resolves once stored (or found to hold nothing
   * new); rejects with a `WriteRefused` naming the reason, or an error if it cannot be applied.
   */
  async writeUpdateAs(
    user: PublicUser,
    sectionId: string,
    update: Uint8Array,
    note: string,
  ): Promise<void> {
    if (this.deps.directory.section(sectionId) === undefined)
      throw new Error(`No section ${sectionId}`);
    const room = await this.registry.acquire(sectionId);
    try {
      await room.hold(() => new ServerWriter(user, note).write(room, update));
    } finally {
      this.registry.release(room);
    }
  }

  /**
   * A section written on `user`'s behalf from HTTP (a Word import, a restored version): `edit`
   * runs on a copy of the section, and the update it makes goes through the room's write path
   * like a socket's (policy on arrival and at storing, nesting depth, pending structs, client
   * ids), stored before relayed, then noted in the audit log as `audit` says. Resolves with the
   * refusal, 'not-stored' (the store failed) or null once stored.
   */
  async writeAs(
    user: AuthenticatedSession['user'],
    sectionId: string,
    edit: (doc: Y.Doc) => void,
    audit: { action: AuditAction; detail: string; address?: string | null },
  ): Promise<RefusalReason | 'not-stored' | null> {
    const room = await this.registry.acquire(sectionId);
    try {
      return await room.hold(async () => {
        // After the writes received before it: the edit sees what they wrote.
        await room.flushed();
        const update = updateFromEdit(room.doc, edit);
        try {
          await new ServerWriter(user, null).write(room, update);
        } catch (error) {
          return error instanceof WriteRefused ? error.reason : ('not-stored' as const);
        }
        const { action, ...context } = audit;
        await this.deps.audit.record(user, action, { sectionId, ...context });
        return null;
      });
    } finally {
      this.registry.release(room);
    }
  }

  async close(): Promise<void> {
    await this.registry.closeAll();
    await this.facts.flush();
    await this.builder.close();
    this.wss.close();
  }

  /** Closes every socket of one account, in every room (disabled, password reset). */
  closeUserConnections(userId: string, code: number): void {
    this.registry.closeWhere((c) => c.user.id === userId, code, 'account changed');
  }

  /** A changed role or agency takes effect on the account's open sockets at once. */
  updateUser(user: PublicUser): void {
    for (const room of this.registry.rooms()) {
      for (const c of room.connections) if (c.user.id === user.id) c.user = user;
    }
  }

  private async authorizeUpgrade(
    request: IncomingMessage,
  ): Promise<
    { reject: [number, string, string] } | { session: AuthenticatedSession; room: string }
  > {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const room = path.startsWith(PATH_PREFIX) ? safeDecode(path.slice(PATH_PREFIX.length)) : null;
    const ref = room === null ? null : parseRoomName(room);
    if (room === null || ref === null) return { reject: [404, 'not-found', 'No such room.'] };
    let session: AuthenticatedSession;
    try {
      session = await this.deps.authorizer.authorize(request.headers, 'connect');
    } catch (error) {
      if (error instanceof AppError) return { reject: [error.status, error.code, error.message] };
      throw error;
    }
    if (!this.exists(ref)) return { reject: [404, 'not-found', 'No such section or plan.'] };
    return { session, room };
  }

  private exists(ref: RoomRef): boolean {
    return ref.kind === 'plan'
      ? this.deps.directory.plan(ref.planId) !== undefined
      : this.deps.directory.section(ref.sectionId) !== undefined;
  }

  private accept(
    socket: Socket,
    session: AuthenticatedSession,
    roomName: string,
    request: IncomingMessage,
    log: Logger,
  ): void {
    const { ws } = socket;
    log.info('websocket open');
    ws.on('close', (code: number) => log.info({ code }, 'websocket closed'));
    ws.binaryType = 'nodebuffer';
    const early: Uint8Array[] = [];
    let deliver = (frame: Uint8Array): void => void early.push(frame);
    ws.on('message', (data: Buffer) =>
      deliver(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
    );
    ws.on('error', () => ws.terminate());
    const connection = new Connection(
      socket,
      session.user,
      session.sessionId,
      userColor(session.user.id),
      request.socket.remoteAddress ?? null,
      session.expiresAt.getTime(),
      {
        refused: (c, reason) => {
          log.info({ reason }, 'write refused');
          void this.record(c, 'write-refused', roomName, reason);
        },
        counted: (reason) => this.deps.observer?.refused(reason),
        letGo: (c, why) => {
          log.warn({ why }, 'connection let go');
          void this.record(c, 'connection-closed', roomName, why);
        },
      },
      this.refusals.for(session.user.id, roomName),
    );
    this.closeOnExpiry(connection);
    this.registry
      .acquire(roomName)
      .then((room) => {
        room.join(connection);
        const leave = (): void => {
          room.leave(connection);
          this.registry.release(room);
        };
        if (ws.readyState !== ws.OPEN) return leave();
        ws.on('close', leave);
        deliver = (frame) => handleFrame(room, connection, frame);
        for (const frame of early.splice(0)) deliver(frame);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'could not open the room');
        ws.close(1011, 'room unavailable');
      });
  }

  private async loadRoom(name: string): Promise<Room> {
    const ref = parseRoomName(name);
    if (!ref) throw new Error(`Invalid room ${name}`);
    const sectionId = ref.kind === 'section' ? ref.sectionId : null;
    const [room, owners] = await Promise.all([
      this.openRoom(name, sectionId),
      this.ownersOf(sectionId),
    ]);
    room.adoptClientOwners(owners);
    return room;
  }

  private ownersOf(sectionId: string | null): Promise<Map<number, string>> {
    return sectionId
      ? this.deps.store.clientAuthors.ofSection(sectionId)
      : Promise.resolve(new Map<number, string>());
  }

  private openRoom(name: string, sectionId: string | null): Promise<Room> {
    return Room.load({
      name,
      sectionId,
      store: this.deps.store.documents,
      gate: sectionId
        ? new SectionWriteGate(sectionId, this.deps.directory, this.deps.audit, this.facts)
        : readOnlyGate,
      compactAfterBytes: this.deps.compactAfterBytes,
      scheduler: this.scheduler,
      builder: this.builder,
      ...(this.deps.observer ? { observer: this.deps.observer } : {}),
      ...(sectionId
        ? {
            authors: (bindings) =>
              this.deps.store.clientAuthors.record(sectionId, bindings, new Date().toISOString()),
          }
        : {}),
    });
  }

  /** A socket does not outlive its session, even if it never sends again. */
  private closeOnExpiry(connection: Connection): void {
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      if (connection.expired) return connection.close(CloseCode.loggedOut, 'session expired');
      timer = setTimeout(check, Math.min(connection.expiresAt - Date.now(), MAX_TIMER_MS));
      timer.unref();
    };
    check();
    connection.onClose(() => clearTimeout(timer));
  }

  private onRoomLoaded(room: Room): void {
    const ref = parseRoomName(room.name);
    if (ref?.kind !== 'plan') return;
    this.publisher
      .reconcile(room, ref.planId)
      .catch((error: unknown) =>
        this.deps.log.error(
          { err: error, room: room.name },
          'could not bring the plan room up to date',
        ),
      );
    this.indicators
      .reconcile(room, ref.planId)
      .catch((error: unknown) =>
        this.deps.log.error({ err: error, room: room.name }, 'could not publish the indicators'),
      );
  }

  private async record(
    connection: Connection,
    action: 'write-refused' | 'connection-closed',
    roomName: string,
    detail: string,
  ): Promise<void> {
    await this.deps.audit.record(connection.user, action, {
      sectionId: roomName,
      detail,
      address: connection.address,
    });
  }
}
