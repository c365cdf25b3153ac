import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * How one server flavour frames the y-websocket protocol. PlanFold, the reference server and the
 * relay carry bare y-websocket messages, one document per socket named by the URL. Hocuspocus
 * prefixes every message (both ways) with the document name as a varString and wants an auth
 * message (type 2, sub-type 0 "token") before anything else on that document.
 */
export interface Wire {
  readonly flavour: 'y-websocket' | 'hocuspocus' | 'relay';
  /** Whether the server holds the document (answers sync step 1). The relay does not. */
  readonly stateful: boolean;
  url(room: string): string;
  readonly headers: Readonly<Record<string, string>>;
  /** Frames to send right after the socket opens, before the sync handshake. */
  opening(room: string): Uint8Array[];
  /** Wraps a y-websocket message (message type first) for the wire. */
  frame(room: string, message: Uint8Array): Uint8Array;
  /** A decoder positioned at the y-websocket message type of a received frame. */
  open(data: Uint8Array): decoding.Decoder;
}

/** PlanFold (`/collab/<room>`, cookie + origin) and the reference server (`/<room>`). */
export function yWebsocketWire(
  base: string,
  prefix: string,
  headers: Record<string, string> = {},
): Wire {
  return {
    flavour: 'y-websocket',
    stateful: true,
    url: (room) => `${base}${prefix}${encodeURIComponent(room)}`,
    headers,
    opening: () => [],
    frame: (_room, message) => message,
    open: (data) => decoding.createDecoder(data),
  };
}

export function relayWire(base: string): Wire {
  return { ...yWebsocketWire(base, '/'), flavour: 'relay', stateful: false };
}

/** Hocuspocus message types beyond y-websocket's 0–3 (from @hocuspocus/server's MessageType). */
export const HocuspocusType = { auth: 2, syncReply: 4, close: 7, syncStatus: 8 } as const;
/** @hocuspocus/common AuthMessageType. */
export const HocuspocusAuth = { token: 0, permissionDenied: 1, authenticated: 2 } as const;

export function hocuspocusWire(base: string): Wire {
  const frame = (room: string, message: Uint8Array): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, room);
    encoding.writeUint8Array(encoder, message);
    return encoding.toUint8Array(encoder);
  };
  return {
    flavour: 'hocuspocus',
    stateful: true,
    // One socket per client and document, as HocuspocusProvider does by default.
    url: () => `${base}/`,
    headers: {},
    opening: (room) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, HocuspocusType.auth);
      encoding.writeVarUint(encoder, HocuspocusAuth.token);
      // No onAuthenticate hook is configured, so any token is accepted.
      encoding.writeVarString(encoder, 'bench');
      return [frame(room, encoding.toUint8Array(encoder))];
    },
    frame,
    open: (data) => {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      return decoder;
    },
  };
}
