import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { ApiClient } from './api.js';
import type { TestServer } from './server.js';
import { waitFor } from './waitFor.js';

export interface CollabClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  body: Y.XmlFragment;
  /** Reasons of every permission-denied message received. */
  refusals: string[];
  /** Appends a paragraph with `text` to the body. */
  type(text: string): void;
  text(): string;
  destroy(): void;
}

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
type WebSocketClass = NonNullable<ProviderOptions['WebSocketPolyfill']>;

/** A WebSocket class that carries the session cookie and Origin, as a browser would. */
export function authenticatedWebSocket(cookie: string, origin: string): WebSocketClass {
  const withSession = class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
    }
  };
  return withSession as unknown as WebSocketClass;
}

/** The stock y-websocket provider, in Node, signed in as `client`. */
export function connectClient(
  server: Pick<TestServer, 'wsUrl' | 'origin'>,
  client: Pick<ApiClient, 'cookie'>,
  room: string,
  doc = new Y.Doc(),
): CollabClient {
  const provider = new WebsocketProvider(server.wsUrl, room, doc, {
    WebSocketPolyfill: authenticatedWebSocket(client.cookie, server.origin),
    disableBc: true,
  });
  const refusals: string[] = [];
  const defaultAuthHandler = provider.messageHandlers[2];
  provider.messageHandlers[2] = (encoder, decoder, p, emitSynced, messageType) => {
    const copy = decoder.arr.slice(decoder.pos);
    // y-protocols auth: varUint 0 (permission denied), varString reason.
    const reason = new TextDecoder().decode(copy.slice(2, 2 + (copy[1] ?? 0)));
    refusals.push(reason);
    defaultAuthHandler?.(encoder, decoder, p, emitSynced, messageType);
  };
  const body = doc.getXmlFragment(BODY_FIELD);
  return {
    doc,
    provider,
    body,
    refusals,
    type(text) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      body.insert(body.length, [paragraph]);
    },
    text: () => bodyText(body),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function bodyText(body: Y.XmlFragment): string {
  return body
    .toArray()
    .map((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? textOf(node) : ''))
    .join('\n');
}

function textOf(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return String(node.toString()).replace(/<[^>]*>/g, '');
  return node
    .toArray()
    .map((child) =>
      child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : '',
    )
    .join('');
}

export async function synced(client: CollabClient, timeout = 10_000): Promise<void> {
  await waitFor(() => client.provider.synced, { timeout, message: 'provider synced' });
}
