/** The server's refusals: y-protocols auth "permission denied" messages with a reason. */
import * as authProtocol from 'y-protocols/auth';
import type { WebsocketProvider } from 'y-websocket';
import {
  MessageType,
  REFUSAL_REASONS,
  type RefusalReason,
} from '../../../shared/protocol/collab.js';

export type Refusal = RefusalReason | 'unknown';

/** Accepts "locked" as well as prefixed forms such as "permission-denied:locked". */
export function parseRefusalReason(raw: string): Refusal {
  const tokens = raw.toLowerCase().split(/[^a-z-]+/);
  return REFUSAL_REASONS.find((reason) => tokens.includes(reason)) ?? 'unknown';
}

/** Replaces y-websocket's handler (which only logs) with ours. */
export function handleRefusals(
  provider: WebsocketProvider,
  onRefused: (reason: Refusal, raw: string) => void,
): void {
  provider.messageHandlers[MessageType.auth] = (_encoder, decoder, target) => {
    authProtocol.readAuthMessage(decoder, target.doc, (_doc, raw: string) => {
      onRefused(parseRefusalReason(raw), raw);
    });
  };
}
