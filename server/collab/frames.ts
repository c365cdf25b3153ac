import * as encoding from 'lib0/encoding';
import { AUTH_PERMISSION_DENIED, MessageType } from '../../shared/protocol/collab.js';

/** Builders for the frames the server sends; each returns the bytes ready for `ws.send`. */

export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Frame = (stateVector: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.step1);
    encoding.writeVarUint8Array(e, stateVector);
  });

export const syncStep2Frame = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.step2);
    encoding.writeVarUint8Array(e, update);
  });

export const updateFrame = (update: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.sync);
    encoding.writeVarUint(e, SyncStep.update);
    encoding.writeVarUint8Array(e, update);
  });

export const awarenessFrame = (awarenessUpdate: Uint8Array): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.awareness);
    encoding.writeVarUint8Array(e, awarenessUpdate);
  });

export const permissionDeniedFrame = (reason: string): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, MessageType.auth);
    encoding.writeVarUint(e, AUTH_PERMISSION_DENIED);
    encoding.writeVarString(e, reason);
  });
