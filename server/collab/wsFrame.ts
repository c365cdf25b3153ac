/**
 * A message as the bytes of one unmasked binary WebSocket frame (RFC 6455 §5.2), the form a
 * server sends. A broadcast is framed once and the same bytes are written to every peer's
 * socket, instead of `ws` framing it again for each of them.
 */
export function binaryFrame(message: Uint8Array): Uint8Array {
  const length = message.length;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = new Uint8Array(headerBytes + length);
  const view = new DataView(frame.buffer);
  frame[0] = 0x82; // FIN, binary
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    view.setUint16(2, length);
  } else {
    frame[1] = 127;
    view.setBigUint64(2, BigInt(length));
  }
  frame.set(message, headerBytes);
  return frame;
}
