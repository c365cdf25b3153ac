import { afterAll, afterEach, beforeAll } from 'vitest';
import { login, type ApiClient } from './api.js';
import { connectClient, type CollabClient } from './collabClient.js';
import { startServer, type TestServer } from './server.js';

export interface SignedInServer<U extends string> {
  /** Available once the suite's beforeAll has run. */
  readonly server: TestServer;
  /** One signed-in API client per demo username. */
  readonly as: Record<U, ApiClient>;
  /** A stock provider for `who` in `room`, destroyed after each test. */
  connect: (who: ApiClient, room: string) => CollabClient;
}

/**
 * One PlanFold for a whole describe block, with the given demo users signed in. Registers its
 * own hooks, so call it at the top of a describe.
 */
export function useSignedInServer<U extends string>(users: readonly U[]): SignedInServer<U> {
  let server: TestServer | null = null;
  const as = {} as Record<U, ApiClient>;
  const clients: CollabClient[] = [];
  const fixture: SignedInServer<U> = {
    get server(): TestServer {
      if (!server) throw new Error('The server starts in beforeAll');
      return server;
    },
    as,
    connect: (who, room) => {
      const client = connectClient(fixture.server, who, room);
      clients.push(client);
      return client;
    },
  };

  beforeAll(async () => {
    server = await startServer();
    const signedIn = await Promise.all(users.map((u) => login(fixture.server, u)));
    users.forEach((u, i) => (as[u] = signedIn[i]!));
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });

  afterAll(async () => {
    await server?.stop();
  });

  return fixture;
}
