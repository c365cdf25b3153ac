/**
 * Comment anchors: a passage is held by two Yjs relative positions, which follow the text while
 * others edit around and inside it. Encoded as base64 for the API.
 */
import * as Y from 'yjs';
import type { Anchor } from './threads.js';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function encodeAnchor(from: Y.RelativePosition, to: Y.RelativePosition): Anchor {
  return {
    from: toBase64(Y.encodeRelativePosition(from)),
    to: toBase64(Y.encodeRelativePosition(to)),
  };
}

function decodePosition(base64: string): Y.RelativePosition | null {
  try {
    const position = Y.decodeRelativePosition(fromBase64(base64));
    // Yjs reads unknown bytes as a position that names nothing; treat that as unreadable.
    return position.item || position.type || position.tname ? position : null;
  } catch {
    return null;
  }
}

/** Null when either end is not a readable relative position. */
export function decodeAnchor(
  anchor: Anchor,
): { from: Y.RelativePosition; to: Y.RelativePosition } | null {
  const from = decodePosition(anchor.from);
  const to = decodePosition(anchor.to);
  return from && to ? { from, to } : null;
}

export type AnchorRange = { detached: false; from: number; to: number } | { detached: true };

/**
 * The passage as absolute positions, or detached when an end no longer resolves or nothing is
 * left between the ends (the whole passage was deleted). A detached thread keeps its quote.
 */
export function anchorRange(from: number | null, to: number | null): AnchorRange {
  return from === null || to === null || from >= to
    ? { detached: true }
    : { detached: false, from, to };
}

/** Resolves an anchor inside one Y.XmlText or Y.Text (for tests and server-side checks). */
export function resolveInText(doc: Y.Doc, anchor: Anchor): AnchorRange {
  const decoded = decodeAnchor(anchor);
  if (!decoded) return { detached: true };
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(decoded.from, doc);
    const to = Y.createAbsolutePositionFromRelativePosition(decoded.to, doc);
    if (from && to && from.type !== to.type) return { detached: true };
    return anchorRange(from?.index ?? null, to?.index ?? null);
  } catch {
    return { detached: true };
  }
}
