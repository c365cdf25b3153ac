/**
 * One gate for HTTP and WebSocket: a mutation of the API and an upgrade to a room are refused
 * for the same reasons, with the same status and code (RequestAuthorizer).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, rawRequest } from '../helpers/api.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const FOREIGN_ORIGIN = 'https://evil.example.com';

interface Refusal {
  status: number;
  code: string | null;
}

interface Attempt {
  cookie?: string;
  origin?: string;
  headers?: Record<string, string>;
}

/** An HTTP mutation that needs a session: renaming oneself. */
async function mutation(server: TestServer, attempt: Attempt): Promise<Refusal> {
  const response = await rawRequest<{ error?: { code: string } }>(server, 'PATCH', '/api/session', {
    body: { name: 'Tên mới' },
    ...(attempt.cookie ? { cookie: attempt.cookie } : {}),
    origin: attempt.origin ?? server.origin,
    headers: attempt.headers ?? {},
  });
  return { status: response.status, code: response.body.error?.code ?? null };
}

/** A WebSocket upgrade to S3_1: the status line and error code of a refusal, or 101. */
function upgrade(server: TestServer, attempt: Attempt): Promise<Refusal> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port: server.port,
      path: '/collab/S3_1',
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        Origin: attempt.origin ?? server.origin,
        ...(attempt.cookie ? { Cookie: attempt.cookie } : {}),
        ...attempt.headers,
      },
    });
    request.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve({ status: 101, code: null });
    });
    request.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(body) as { error: { code: string } };
        resolve({ status: res.statusCode ?? 0, code: parsed.error.code });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

async function bothPaths(server: TestServer, attempt: Attempt): Promise<[Refusal, Refusal]> {
  return [await mutation(server, attempt), await upgrade(server, attempt)];
}

describe('HTTP and WebSocket refuse the same requests', () => {
  const fixture = useSignedInServer(['sct', 'sgtvt', 'skhdt', 'admin'] as const);

  it('a valid session from the allowed origin passes both (control)', async () => {
    const [http, ws] = await bothPaths(fixture.server, { cookie: fixture.as.sct.cookie });
    expect(http.status).toBe(200);
    expect(ws.status).toBe(101);
  });

  it.each([
    ['no session', {}, 401, 'unauthenticated'],
    ['a forged cookie', { cookie: 'planfold_session=forged' }, 401, 'unauthenticated'],
  ])('%s → %i %s on both', async (_what, attempt: Attempt, status, code) => {
    const refusal = { status, code };
    expect(await bothPaths(fixture.server, attempt)).toEqual([refusal, refusal]);
  });

  it('a foreign origin → 403 origin-not-allowed on both, session or not', async () => {
    const refusal = { status: 403, code: 'origin-not-allowed' };
    const { cookie } = fixture.as.sct;
    expect(await bothPaths(fixture.server, { cookie, origin: FOREIGN_ORIGIN })).toEqual([
      refusal,
      refusal,
    ]);
    expect(await bothPaths(fixture.server, { origin: FOREIGN_ORIGIN })).toEqual([refusal, refusal]);
  });

  it('a request the browser marks cross-site → 403 origin-not-allowed on both', async () => {
    const refusal = { status: 403, code: 'origin-not-allowed' };
    const attempt = { cookie: fixture.as.sct.cookie, headers: { 'sec-fetch-site': 'cross-site' } };
    expect(await bothPaths(fixture.server, attempt)).toEqual([refusal, refusal]);
  });

  it('a disabled account whose session still exists → 401 on both', async () => {
    const { store } = fixture.server.planfold;
    const user = fixture.as.sgtvt.user;
    await store.users.update(user.id, { disabled: true });
    try {
      const refusal = { status: 401, code: 'unauthenticated' };
      const attempt = { cookie: fixture.as.sgtvt.cookie };
      expect(await bothPaths(fixture.server, attempt)).toEqual([refusal, refusal]);
    } finally {
      await store.users.update(user.id, { disabled: false });
    }
  });

  it('a temporary password → 403 password-change-required on both', async () => {
    const { as, server } = fixture;
    const reset = await as.admin.request<{ temporaryPassword: string }>(
      'POST',
      `/api/users/${as.skhdt.user.id}/password-reset`,
    );
    expect(reset.status).toBe(200);
    const temporary = await login(server, 'skhdt', reset.body.temporaryPassword);
    const refusal = { status: 403, code: 'password-change-required' };
    expect(await bothPaths(server, { cookie: temporary.cookie })).toEqual([refusal, refusal]);
  });
});

describe('an expired session', () => {
  let server: TestServer;
  beforeAll(async () => {
    // SESSION_TTL_HOURS=0.0005: a session lives 1.8 s.
    server = await startServer({
      dataDir: tempDir('planfold-authorize-'),
      env: { SESSION_TTL_HOURS: '0.0005' },
    });
  });
  afterAll(async () => {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('→ 401 unauthenticated on both', async () => {
    const who = await login(server, 'sct');
    await waitFor(
      async () =>
        (await rawRequest(server, 'GET', '/api/session', { cookie: who.cookie })).status === 401,
      { timeout: 10_000, interval: 100, message: 'the session to expire' },
    );
    const refusal = { status: 401, code: 'unauthenticated' };
    expect(await bothPaths(server, { cookie: who.cookie })).toEqual([refusal, refusal]);
  });
});
