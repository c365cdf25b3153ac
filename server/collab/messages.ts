import * as decoding from 'lib0/decoding';
import { CloseCode, MessageType } from '../../shared/protocol/collab.js';
import type { Connection } from './connection.js';
import { SyncStep } from './frames.js';
import type { Room } from './room.js';

type Handler = (room: Room, connection: Connection, decoder: decoding.Decoder) => void;

const readSync: Handler = (room, connection, decoder) => {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (step) {
    case SyncStep.step1:
      room.answerSyncStep1(connection, payload);
      return;
    case SyncStep.step2:
    case SyncStep.update:
      if (connection.admitWrite(payload)) room.receiveWrite(connection, payload);
      return;
    default:
      throw new Error(`unknown sync step ${step}`);
  }
};

/** The y-websocket protocol, one handler per message type. Auth messages only go to clients. */
const HANDLERS: Partial<Record<number, Handler>> = {
  [MessageType.sync]: readSync,
  [MessageType.awareness]: (room, connection, decoder) => {
    const update = decoding.readVarUint8Array(decoder);
    if (connection.admitAwareness(update)) room.receiveAwareness(connection, update);
  },
  [MessageType.queryAwareness]: (room, connection) => room.answerAwarenessQuery(connection),
};

/**
 * Handles one frame; anything malformed closes this connection and nothing else. A socket
 * whose session has expired sends nothing more, whatever it sends.
 */
export function handleFrame(room: Room, connection: Connection, frame: Uint8Array): void {
  // Frames still arriving on a socket being closed (let go, over budget) cost nothing more.
  if (!connection.isOpen) return;
  if (connection.expired) {
    connection.close(CloseCode.loggedOut, 'session expired');
    return;
  }
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    const handler = HANDLERS[type];
    if (!handler) throw new Error(`unknown message type ${type}`);
    handler(room, connection, decoder);
  } catch {
    connection.close(CloseCode.malformed, 'malformed message');
  }
}
