/**
 * The HTTP walls: cross-site mutations, content types, the session cookie's flags, login
 * throttling per account+address and the slow path per address, and the WebSocket upgrade checks.
 */
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { connectRaw, tryConnectRaw } from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const PLAN = 'QHT-LS-2021-2030';
const EVIL = 'https://evil.example';

interface ErrorBody {
  error: { code: string; message: string };
}
interface SectionView {
  id: string;
  locked: boolean;
  owner: string;
}

let server: TestServer;

beforeEach(async () => {
  server = await startServer();
});

afterEach(async () => {
  await server.stop();
});

async function sectionNow(who: ApiClient, id: string): Promise<SectionView | undefined> {
  const plan = await who.request<{ sections: SectionView[] }>('GET', `/api/plans/${PLAN}`);
  return plan.body.sections.find((s) => s.id === id);
}

/** A request sent from a chosen local address (127.0.0.x), i.e. from another client machine. */
function requestFrom(
  localAddress: string,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: unknown }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress,
        method,
        path,
        headers: {
          origin: server.origin,
          ...(payload !== undefined
            ? {
                'content-type': 'application/json',
                'content-length': String(Buffer.byteLength(payload)),
              }
            : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const attempt = (from: string, username: string, password: string, headers = {}) =>
  requestFrom(from, 'POST', '/api/session', { body: { username, password }, headers });

describe('cross-site request forgery', () => {
  it('a foreign Origin carrying the coordinator\u2019s cookie changes nothing (403 origin-not-allowed)', async () => {
    const skhdt = await login(server, 'skhdt');
    const forged = (method: string, path: string, body?: unknown, headers = {}) =>
      rawRequest<ErrorBody>(server, method, path, {
        body,
        cookie: skhdt.cookie,
        origin: EVIL,
        headers,
      });

    for (const [method, path, body] of [
      ['POST', '/api/sections/S3_1/lock', { note: 'csrf' }],
      ['PUT', '/api/sections/S3_1/assignment', { owner: 'SGTVT', contributors: [], writers: [] }],
      ['POST', '/api/sections/S3_1/status', { status: 'DA_DUYET_KHOA', note: 'csrf' }],
      ['DELETE', '/api/session', undefined],
      ['POST', '/api/session', { username: 'skhdt', password: 'demo-2030' }],
    ] as const) {
      const response = await forged(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error.code).toBe('origin-not-allowed');
    }
    // a browser's own cross-site marker is refused even with an allowed Origin
    const marked = await rawRequest<ErrorBody>(server, 'POST', '/api/sections/S3_1/lock', {
      body: { note: 'csrf' },
      cookie: skhdt.cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(marked.status).toBe(403);
    expect(marked.body.error.code).toBe('origin-not-allowed');

    // nothing changed, and the session still works
    const s = await sectionNow(skhdt, 'S3_1');
    expect(s).toMatchObject({ locked: false, owner: 'SCT' });
    expect((await skhdt.request('GET', '/api/session')).status).toBe(200);
    // the same request from the real origin works
    expect((await skhdt.request('POST', '/api/sections/S3_1/lock', { note: 'ok' })).status).toBe(
      200,
    );
  });

  it('a mutation whose body is not JSON is refused with 415', async () => {
    const skhdt = await login(server, 'skhdt');
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await rawRequest<ErrorBody>(server, 'POST', '/api/sections/S3_1/lock', {
        body: JSON.stringify({ note: 'simple request' }),
        cookie: skhdt.cookie,
        headers: { 'content-type': contentType },
      });
      expect(response.status, contentType).toBe(415);
      expect(response.body.error.code).toBe('unsupported-media-type');
    }
    expect((await sectionNow(skhdt, 'S3_1'))?.locked).toBe(false);
  });

  it('the session cookie is HttpOnly and SameSite, and a new one at every login', async () => {
    const response = await rawRequest(server, 'POST', '/api/session', {
      body: { username: 'sct', password: 'demo-2030' },
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^planfold_session=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    const again = await login(server, 'sct');
    expect(again.cookie).not.toBe(cookie.split(';')[0]);
  });

  it('other roles are refused REST mutations by the policy (403 forbidden)', async () => {
    const [sct, tv, bcd, admin] = await Promise.all(
      ['sct', 'tv', 'bcd', 'admin'].map((u) => login(server, u)),
    );
    if (!sct || !tv || !bcd || !admin) throw new Error('login');
    for (const who of [sct, tv, bcd, admin]) {
      for (const [method, path, body] of [
        ['POST', '/api/sections/S3_1/lock', { note: 'x' }],
        ['PUT', '/api/sections/S3_1/assignment', { owner: 'SCT', contributors: [], writers: [] }],
      ] as const) {
        const response = await who.request<ErrorBody>(method, path, body);
        expect(response.status, `${who.user.username} ${method} ${path}`).toBe(403);
        expect(response.body.error.code).toBe('forbidden');
      }
    }
    expect((await rawRequest(server, 'POST', '/api/sections/S3_1/lock', { body: {} })).status).toBe(
      401,
    );
  });
});

describe('login throttling', () => {
  it('5 failures for one account from one address: 429 with Retry-After, even for the right password; elsewhere the user still signs in', async () => {
    for (let i = 0; i < 5; i++) {
      const failed = await attempt('127.0.0.1', 'sct', `wrong-${i}`);
      expect(failed.status, `failure ${i + 1}`).toBe(401);
    }
    const throttled = await attempt('127.0.0.1', 'sct', 'wrong-again');
    expect(throttled.status).toBe(429);
    expect((throttled.body as ErrorBody).error.code).toBe('rate-limited');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60).toBe(true);

    const right = await attempt('127.0.0.1', 'sct', 'demo-2030');
    expect(right.status, 'the right password from the throttled address').toBe(429);
    // a forged X-Forwarded-For does not move the attacker to another address
    const spoofed = await attempt('127.0.0.1', 'sct', 'demo-2030', {
      'x-forwarded-for': '203.0.113.7',
    });
    expect(spoofed.status).toBe(429);

    // the real user, elsewhere, is not locked out
    const elsewhere = await attempt('127.0.0.2', 'sct', 'demo-2030');
    expect(elsewhere.status).toBe(200);
    expect(String(elsewhere.headers['set-cookie'])).toMatch(/planfold_session=/);
    // another account from the throttled address is not affected by that account's failures
    expect((await attempt('127.0.0.1', 'sct2', 'demo-2030')).status).toBe(200);
  });

  it('guesses sent in parallel are throttled too: at most 5 are checked per account and address', async () => {
    const attacker = '127.0.0.5';
    const guesses = Array.from({ length: 12 }, (_, i) => `parallel-${i}`);
    // the real password hides among the guesses, after the first five
    guesses[8] = 'demo-2030';
    const responses = await Promise.all(guesses.map((g) => attempt(attacker, 'sct', g)));
    const statuses = responses.map((r) => r.status);
    const checked = statuses.filter((s) => s !== 429).length;
    expect(checked, `statuses: ${statuses.join(',')}`).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 200).length, 'the real password found by a burst').toBe(0);
  });

  it('an office behind one address: after 30 failures over many accounts, accounts that failed there are refused; the others still sign in, one a second', async () => {
    const office = '127.0.0.3';
    // 4 tries per name: never enough to throttle one account; the first 28 at once
    const tryName = (i: number) => attempt(office, `user${Math.floor(i / 4)}`, `guess-${i}`);
    const burst = await Promise.all(Array.from({ length: 28 }, (_, i) => tryName(i)));
    expect(burst.map((r) => r.status)).toEqual(Array(28).fill(401));
    let firstThrottled = -1;
    for (let i = 28; i < 40 && firstThrottled < 0; i++) {
      const response = await tryName(i);
      if (response.status === 429) firstThrottled = i;
      else expect(response.status).toBe(401);
    }
    // the 31st attempt is for a name that has failed from here already
    expect(firstThrottled, 'throttled once the address has 30 failures').toBe(30);
    const refused = await attempt(office, 'user7', 'guess');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // a colleague with no failure here signs in with the right password
    expect((await attempt(office, 'sgtvt', 'demo-2030')).status).toBe(200);
    // a wrong password is checked, and then that account is refused from here too
    expect((await attempt(office, 'sgtvt2', 'nope')).status).toBe(401);
    expect((await attempt(office, 'sgtvt2', 'demo-2030')).status).toBe(429);
    // the slow path: sign-ins from the address are checked one a second
    const started = Date.now();
    const colleagues = await Promise.all(
      ['stnmt', 'stnmt2', 'sct'].map((u) => attempt(office, u, 'demo-2030')),
    );
    expect(colleagues.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    // other addresses are not slowed
    expect((await attempt('127.0.0.4', 'sgtvt2', 'demo-2030')).status).toBe(200);
  });
});

describe('WebSocket upgrades', () => {
  it('no cookie → 401, foreign Origin → 403, unknown room → 404, before any Yjs byte', async () => {
    const sct = await login(server, 'sct');
    const status = async (
      room: string,
      options: { cookie?: string | null; origin?: string | null },
    ): Promise<number> => {
      const outcome = await tryConnectRaw(server, room, options);
      if (outcome.opened) {
        outcome.client.close();
        return 101;
      }
      return outcome.status;
    };
    expect(await status('S3_1', {})).toBe(401);
    expect(await status('S3_1', { cookie: 'planfold_session=forged-token' })).toBe(401);
    expect(await status('S3_1', { cookie: sct.cookie, origin: EVIL })).toBe(403);
    expect(await status('S3_1', { cookie: sct.cookie, origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await status('NO_SUCH_SECTION', { cookie: sct.cookie })).toBe(404);
    expect(await status('plan:NO-SUCH-PLAN', { cookie: sct.cookie })).toBe(404);
    expect(await status('../../etc', { cookie: sct.cookie })).toBe(404);
    expect(await status('S3_1', { cookie: sct.cookie })).toBe(101);
  });

  it('a room name with broken percent-encoding is an unknown room (404), not a server error', async () => {
    const sct = await login(server, 'sct');
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/collab/%E0%A4%A`, {
        headers: { cookie: sct.cookie, origin: server.origin },
      });
      ws.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('open', () => {
        resolve(101);
        ws.close();
      });
      ws.on('error', () => resolve(-1));
    });
    expect(status).toBe(404);
    expect((await rawRequest(server, 'GET', '/api/health')).status).toBe(200);
  });

  it('signing out closes that session\u2019s sockets (4401) and the cookie no longer opens any', async () => {
    const [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
    const mine = await connectRaw(server, sct, 'S3_1');
    const theirs = await connectRaw(server, sct2, 'S3_1');
    await Promise.all([mine.synced(), theirs.synced()]);
    expect((await sct.request('DELETE', '/api/session')).status).toBe(204);
    await waitFor(() => mine.closeInfo, { message: 'socket closed on logout' });
    expect(mine.closeInfo?.code).toBe(4401);
    const again = await tryConnectRaw(server, 'S3_1', { cookie: sct.cookie });
    expect(again.opened ? 101 : again.status).toBe(401);
    // the other session is untouched
    expect((await theirs.serverState()).clientID).toBeGreaterThan(0);
    expect(theirs.isOpen()).toBe(true);
    theirs.close();
  });
});
