/**
 * Identity at the edges: sign-in, sessions, logout, the API's error shape, and the WebSocket
 * upgrade, which must be refused (401, 403, 404) before a single byte of the Yjs protocol flows.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { PublicUser } from '../../shared/model.js';
import { CloseCode } from '../../shared/protocol/collab.js';
import { login, rawRequest, type ApiClient, type ApiResponse } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { closeCodeOf, connectRaw, type RawClient } from '../helpers/rawClient.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const FOREIGN_ORIGIN = 'https://evil.example.com';
const ROOM = 'S3_1';

interface ErrorBody {
  error: { code: string; message: string };
}

/** Asserts the one error shape of the API: `{ error: { code, message } }` as JSON. */
function expectError(response: ApiResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expectErrorBody(response.body, code);
}

/** `{ error: { code, message } }` and nothing else, with a non-empty message. */
function expectErrorBody(body: unknown, code: string): void {
  expect(body).toBeTypeOf('object');
  expect(Object.keys(body as object)).toEqual(['error']);
  const { error } = body as ErrorBody;
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(error.code).toBe(code);
  expect(error.message).toBeTypeOf('string');
  expect(error.message.length).toBeGreaterThan(0);
}

/* ---------- a raw HTTP upgrade: every byte the server answers, nothing hidden ---------- */

interface UpgradeAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything received, headers included. */
  raw: Buffer;
}

/**
 * Sends a WebSocket upgrade by hand and collects the whole answer until the server closes the
 * connection. A refused upgrade is a plain HTTP response and the end of the TCP connection.
 */
function rawUpgrade(
  server: TestServer,
  path: string,
  headers: Record<string, string>,
  timeout = 5_000,
): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      const got = Buffer.concat(chunks).toString('latin1');
      reject(new Error(`the server kept the upgrade of ${path} open; received: ${got}`));
    }, timeout);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split < 0 ? raw.length : split).toString('latin1');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0)
          parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers: parsed,
        body: split < 0 ? '' : raw.subarray(split + 4).toString('utf8'),
        raw,
      });
    });
    socket.on('connect', () => {
      const lines = [
        `GET ${path} HTTP/1.1`,
        `Host: 127.0.0.1:${server.port}`,
        'Connection: Upgrade',
        'Upgrade: websocket',
        'Sec-WebSocket-Version: 13',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
  });
}

/** The refusal is plain HTTP: the status, a JSON error body of exactly Content-Length, no 101. */
function expectRefusedUpgrade(answer: UpgradeAnswer, status: number, code: string): void {
  expect(answer.status, answer.raw.toString('latin1')).toBe(status);
  expect(answer.raw.toString('latin1')).not.toMatch(/HTTP\/1\.1 101/);
  expect(answer.headers['upgrade']).toBeUndefined();
  expect(answer.headers['sec-websocket-accept']).toBeUndefined();
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  // Nothing after the body: no WebSocket frame (a y-websocket sync step 1 would be 0x82 …).
  expect(Buffer.byteLength(answer.body)).toBe(Number(answer.headers['content-length']));
  expectErrorBody(JSON.parse(answer.body) as unknown, code);
}

interface WsAttempt {
  status: number | null;
  opened: boolean;
  messages: number;
}

/** A stock `ws` client: reports the HTTP status of a refused upgrade and whether anything arrived. */
function wsAttempt(
  server: TestServer,
  room: string,
  headers: Record<string, string>,
): Promise<WsAttempt> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.wsUrl}/${room}`, { headers });
    const result: WsAttempt = { status: null, opened: false, messages: 0 };
    ws.on('open', () => {
      result.opened = true;
      ws.close();
    });
    ws.on('message', () => (result.messages += 1));
    ws.on('unexpected-response', (_req, res) => {
      result.status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => {
        ws.terminate();
      });
    });
    ws.on('error', () => {});
    ws.on('close', () => resolve(result));
  });
}

/* ---------- the tests ---------- */

describe('identity and the API edge', () => {
  let server: TestServer;
  let sct: ApiClient;
  const raws: RawClient[] = [];
  const providers: CollabClient[] = [];

  beforeAll(async () => {
    server = await startServer({ dataDir: tempDir('planfold-auth-') });
    sct = await login(server, 'sct');
  });

  afterEach(() => {
    for (const r of raws.splice(0)) r.close();
    for (const p of providers.splice(0)) p.destroy();
  });

  afterAll(async () => {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  describe('health and unknown routes', () => {
    it('GET /api/health answers 200 without a session', async () => {
      const response = await rawRequest(server, 'GET', '/api/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it.each([
      ['GET', '/api/nope'],
      ['GET', '/api/plans/LS/nothing/here'],
      ['POST', '/api/nope'],
      ['DELETE', '/api/sessions'],
    ])('%s %s → 404 JSON not-found', async (method, path) => {
      expectError(await rawRequest(server, method, path, { cookie: sct.cookie }), 404, 'not-found');
      expectError(await rawRequest(server, method, path), 404, 'not-found');
    });
  });

  describe('signing in', () => {
    it('returns the public user and an httpOnly, SameSite session cookie', async () => {
      const response = await rawRequest<{ user: PublicUser }>(server, 'POST', '/api/session', {
        body: { username: 'sct2', password: 'demo-2030' },
      });
      expect(response.status).toBe(200);
      const user = response.body.user;
      expect(Object.keys(user).sort()).toEqual(['agency', 'id', 'name', 'role', 'username']);
      expect(user).toMatchObject({ username: 'sct2', agency: 'SCT', role: 'editor' });
      expect(user.id).toBeTypeOf('string');
      expect(user.name.length).toBeGreaterThan(0);
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^planfold_session=[^;]{20,};/);
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
      expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
      expect(setCookie).toMatch(/;\s*Path=\//i);
    });

    it('accepts the username in any case and with blanks around it', async () => {
      const who = await login(server, '  SCT2 ');
      expect(who.user.username).toBe('sct2');
    });

    it('gives a new session cookie at every login, even to a client that sends one', async () => {
      const first = await login(server, 'sgtvt');
      const second = await login(server, 'sgtvt');
      const response = await rawRequest(server, 'POST', '/api/session', {
        body: { username: 'sgtvt', password: 'demo-2030' },
        cookie: first.cookie,
      });
      const third = (response.headers.get('set-cookie') ?? '').split(';')[0];
      expect(new Set([first.cookie, second.cookie, third]).size).toBe(3);
      // Each is its own session.
      for (const cookie of [first.cookie, second.cookie, third ?? '']) {
        expect((await rawRequest(server, 'GET', '/api/session', { cookie })).status).toBe(200);
      }
    });

    it('refuses a wrong password and an unknown user alike: 401 invalid-credentials', async () => {
      const wrong = await rawRequest(server, 'POST', '/api/session', {
        body: { username: 'sct', password: 'demo-2031' },
      });
      expectError(wrong, 401, 'invalid-credentials');
      expect(wrong.headers.get('set-cookie')).toBeNull();
      const unknown = await rawRequest(server, 'POST', '/api/session', {
        body: { username: 'nobody-here', password: 'demo-2030' },
      });
      expectError(unknown, 401, 'invalid-credentials');
      expect(unknown.body).toEqual(wrong.body);
    });

    it.each([
      ['a cut-off object', '{"username": "sct", "password":'],
      ['a bare word', 'sct'],
      ['single quotes', "{'username': 'sct'}"],
      ['a trailing comma', '{"username": "sct", "password": "demo-2030",}'],
      ['null', 'null'],
      ['a bare string', '"sct"'],
      ['a number', '42'],
    ])('malformed JSON (%s) → 400 invalid-json, never 500', async (_what, body) => {
      expectError(await rawRequest(server, 'POST', '/api/session', { body }), 400, 'invalid-json');
    });

    it.each([
      ['an empty object', {}],
      ['no password', { username: 'sct' }],
      ['no username', { password: 'demo-2030' }],
      ['an empty username', { username: '', password: 'demo-2030' }],
      ['a number for a username', { username: 42, password: 'demo-2030' }],
      ['an array', ['sct', 'demo-2030']],
      ['an over-long password', { username: 'sct', password: 'x'.repeat(257) }],
    ])('a body that fails validation (%s) → 400 invalid-request', async (_what, body) => {
      expectError(
        await rawRequest(server, 'POST', '/api/session', { body }),
        400,
        'invalid-request',
      );
    });

    it('a login without any body → 400 invalid-request', async () => {
      expectError(await rawRequest(server, 'POST', '/api/session'), 400, 'invalid-request');
    });

    it('a body that is not JSON → 415; a foreign Origin → 403; over 1 MiB → 413', async () => {
      expectError(
        await rawRequest(server, 'POST', '/api/session', {
          body: 'username=sct&password=demo-2030',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
        'unsupported-media-type',
      );
      expectError(
        await rawRequest(server, 'POST', '/api/session', {
          body: { username: 'sct', password: 'demo-2030' },
          origin: FOREIGN_ORIGIN,
        }),
        403,
        'origin-not-allowed',
      );
      expectError(
        await rawRequest(server, 'POST', '/api/session', {
          body: { username: 'sct', password: 'x'.repeat(1024 * 1024 + 10) },
        }),
        413,
        'payload-too-large',
      );
    });

    it('too many failures for one account → 429 rate-limited with Retry-After, even with the right password', async () => {
      for (let i = 0; i < 5; i++) {
        const response = await rawRequest(server, 'POST', '/api/session', {
          body: { username: 'stnmt2', password: `wrong-${i}` },
        });
        expectError(response, 401, 'invalid-credentials');
      }
      const blocked = await rawRequest(server, 'POST', '/api/session', {
        body: { username: 'stnmt2', password: 'demo-2030' },
      });
      expectError(blocked, 429, 'rate-limited');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another account from the same address is not locked out.
      expect((await login(server, 'stnmt')).user.username).toBe('stnmt');
    });
  });

  describe('the session', () => {
    it('GET /api/session answers the user with a cookie, 401 without or with a bad one', async () => {
      const mine = await rawRequest<{ user: PublicUser; mustChangePassword: boolean }>(
        server,
        'GET',
        '/api/session',
        {
          cookie: sct.cookie,
        },
      );
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual({ user: sct.user, mustChangePassword: false });
      // `mustChangePassword` is the contract's one word with "password" in it.
      expect(JSON.stringify(mine.body.user)).not.toMatch(/password|hash/i);
      expect(JSON.stringify(mine.body)).not.toMatch(/hash|scrypt/i);

      expectError(await rawRequest(server, 'GET', '/api/session'), 401, 'unauthenticated');
      for (const cookie of [
        'planfold_session=not-a-real-token',
        `planfold_session=${'x'.repeat(500)}`,
        'planfold_session=%E0%A4%A',
        'other=1',
      ]) {
        expectError(
          await rawRequest(server, 'GET', '/api/session', { cookie }),
          401,
          'unauthenticated',
        );
      }
    });

    it('DELETE /api/session without a session → 401', async () => {
      expectError(await rawRequest(server, 'DELETE', '/api/session'), 401, 'unauthenticated');
    });

    it('logout: 204, the cookie stops working everywhere, and only that session’s sockets close with 4401', async () => {
      const leaving = await login(server, 'sct');
      const sameUserElsewhere = await login(server, 'sct');
      const colleague = await login(server, 'sct2');

      const doomed = [
        await connectRaw(server, leaving, ROOM),
        await connectRaw(server, leaving, 'S3_3'),
        await connectRaw(server, leaving, 'plan:QHT-LS-2021-2030'),
      ];
      const survivors = [
        await connectRaw(server, sameUserElsewhere, ROOM),
        await connectRaw(server, colleague, ROOM),
      ];
      raws.push(...doomed, ...survivors);
      await Promise.all([...doomed, ...survivors].map((r) => r.synced()));
      // The stock provider of the leaving session, too: 4401 must stop it for good.
      const provider = connectClient(server, leaving, ROOM);
      providers.push(provider);
      await synced(provider);
      let providerClose: { code: number } | null = null;
      provider.provider.on('closed', (event) => (providerClose = event));

      const response = await rawRequest(server, 'DELETE', '/api/session', {
        cookie: leaving.cookie,
      });
      expect(response.status).toBe(204);
      expect(response.body).toBeNull();
      expect(response.headers.get('set-cookie') ?? '').toMatch(/planfold_session=;/);

      for (const raw of doomed) expect(await closeCodeOf(raw), raw.room).toBe(CloseCode.loggedOut);
      await waitFor(() => providerClose, { message: 'the provider to report close 4401' });
      expect(providerClose).toMatchObject({ code: CloseCode.loggedOut });
      expect(provider.provider.shouldConnect).toBe(false);

      // The others still answer: a sync step 1 gets its step 2.
      for (const raw of survivors) {
        expect(raw.isOpen()).toBe(true);
        const before = raw.frames.filter((f) => f.kind === 'sync-step2').length;
        raw.sendSyncStep1();
        await waitFor(() => raw.frames.filter((f) => f.kind === 'sync-step2').length > before, {
          message: 'a surviving socket to answer',
        });
        expect(raw.closeInfo).toBeNull();
      }

      // The old cookie no longer works, for the API or for a WebSocket.
      expectError(
        await rawRequest(server, 'GET', '/api/session', { cookie: leaving.cookie }),
        401,
        'unauthenticated',
      );
      expectError(
        await rawRequest(server, 'GET', '/api/plans', { cookie: leaving.cookie }),
        401,
        'unauthenticated',
      );
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, {
          Cookie: leaving.cookie,
          Origin: server.origin,
        }),
        401,
        'unauthenticated',
      );
      // The same user's other session is untouched.
      expect(
        (await rawRequest(server, 'GET', '/api/session', { cookie: sameUserElsewhere.cookie }))
          .status,
      ).toBe(200);
    });
  });

  describe('the WebSocket upgrade', () => {
    it('opens with a session and an allowed Origin, and the server speaks first (control)', async () => {
      const attempt = await new Promise<{ firstByte: number }>((resolve, reject) => {
        const ws = new WebSocket(`${server.wsUrl}/${ROOM}`, {
          headers: { cookie: sct.cookie, origin: server.origin },
        });
        ws.on('message', (data: Buffer) => {
          resolve({ firstByte: data[0] ?? -1 });
          ws.close();
        });
        ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
        ws.on('error', reject);
      });
      // y-websocket message type 0: sync (step 1).
      expect(attempt.firstByte).toBe(0);
    });

    it('without a session → HTTP 401 before the upgrade, no Yjs byte', async () => {
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, { Origin: server.origin }),
        401,
        'unauthenticated',
      );
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, {
          Origin: server.origin,
          Cookie: 'planfold_session=forged-token',
        }),
        401,
        'unauthenticated',
      );
      expect(await wsAttempt(server, ROOM, { origin: server.origin })).toEqual({
        status: 401,
        opened: false,
        messages: 0,
      });
    });

    it('with a foreign Origin → HTTP 403 before the upgrade, no Yjs byte, session or not', async () => {
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, { Origin: FOREIGN_ORIGIN, Cookie: sct.cookie }),
        403,
        'origin-not-allowed',
      );
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, { Origin: FOREIGN_ORIGIN }),
        403,
        'origin-not-allowed',
      );
      // An allowed origin with another port or scheme is still foreign.
      const lookalike = server.origin.replace('http:', 'https:');
      expectRefusedUpgrade(
        await rawUpgrade(server, `/collab/${ROOM}`, { Origin: lookalike, Cookie: sct.cookie }),
        403,
        'origin-not-allowed',
      );
      expect(await wsAttempt(server, ROOM, { cookie: sct.cookie, origin: FOREIGN_ORIGIN })).toEqual(
        { status: 403, opened: false, messages: 0 },
      );
    });

    it.each([
      ['an unknown section', '/collab/S9_99'],
      ['an unknown plan', '/collab/plan:NOPE'],
      ['an invalid room name', '/collab/..%2F..%2Fetc'],
      ['no room', '/collab/'],
      ['a path outside /collab', '/api/health'],
      ['a malformed percent-encoding', '/collab/S3_%E0%A4%A'],
    ])('%s → HTTP 404, no Yjs byte', async (_what, path) => {
      expectRefusedUpgrade(
        await rawUpgrade(server, path, { Origin: server.origin, Cookie: sct.cookie }),
        404,
        'not-found',
      );
    });

    it('tells a caller without a session nothing about which sections exist: 401, not 404', async () => {
      expectRefusedUpgrade(
        await rawUpgrade(server, '/collab/S9_99', { Origin: server.origin }),
        401,
        'unauthenticated',
      );
    });
  });

  describe('a client’s mistake is never a 500', () => {
    it('a malformed percent-encoding in a path → 4xx JSON', async () => {
      const response = await rawRequest(server, 'GET', '/api/plans/%E0%A4%A', {
        cookie: sct.cookie,
      });
      expect([400, 404], JSON.stringify(response.body)).toContain(response.status);
      expectErrorBody(response.body, response.status === 404 ? 'not-found' : 'invalid-request');
    });

    it('a body whose Content-Encoding does not match → 400 JSON', async () => {
      const response = await rawRequest(server, 'POST', '/api/session', {
        body: '{"username": "sct", "password": "demo-2030"}',
        headers: { 'content-encoding': 'gzip' },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expectErrorBody(response.body, (response.body as ErrorBody).error.code);
    });

    it('a JSON body in a charset other than UTF-8 → 415 unsupported-media-type', async () => {
      expectError(
        await rawRequest(server, 'POST', '/api/session', {
          body: '{"username": "sct", "password": "demo-2030"}',
          headers: { 'content-type': 'application/json; charset=latin1' },
        }),
        415,
        'unsupported-media-type',
      );
    });
  });
});

describe('sessions that end by themselves, and HTTPS deployments', () => {
  const started: TestServer[] = [];
  afterEach(async () => {
    for (const s of started.splice(0)) {
      await s.stop();
      fs.rmSync(s.dataDir, { recursive: true, force: true });
    }
  });

  it('an expired session is refused by the API and the WebSocket upgrade', async () => {
    // SESSION_TTL_HOURS=0.0005: a session lives 1.8 s.
    const server = await startServer({
      dataDir: tempDir('planfold-auth-'),
      env: { SESSION_TTL_HOURS: '0.0005' },
    });
    started.push(server);
    const who = await login(server, 'sct');
    expect((await rawRequest(server, 'GET', '/api/session', { cookie: who.cookie })).status).toBe(
      200,
    );
    await waitFor(
      async () =>
        (await rawRequest(server, 'GET', '/api/session', { cookie: who.cookie })).status === 401,
      { timeout: 10_000, interval: 100, message: 'the session to expire' },
    );
    expectRefusedUpgrade(
      await rawUpgrade(server, `/collab/${ROOM}`, { Origin: server.origin, Cookie: who.cookie }),
      401,
      'unauthenticated',
    );
  });

  it('marks the cookie Secure when every PUBLIC_ORIGIN is https', async () => {
    const origin = 'https://quyhoach.langson.gov.vn';
    const server = await startServer({
      dataDir: tempDir('planfold-auth-'),
      env: { PUBLIC_ORIGIN: origin },
    });
    started.push(server);
    const response = await rawRequest(server, 'POST', '/api/session', {
      body: { username: 'sct', password: 'demo-2030' },
      origin,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure/i);
    // And the upgrade follows the configured origin, not the address it listens on.
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expectRefusedUpgrade(
      await rawUpgrade(server, `/collab/${ROOM}`, { Origin: server.origin, Cookie: cookie }),
      403,
      'origin-not-allowed',
    );
    const attempt = await wsAttempt(server, ROOM, { cookie, origin });
    expect(attempt).toMatchObject({ status: null, opened: true });
  });
});
