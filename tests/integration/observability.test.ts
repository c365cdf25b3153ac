/**
 * Operations: /api/health and /api/ready, /metrics (protected, counters that move with the
 * events they count) and the structured log (request ids, nothing secret in it).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login, rawRequest } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { sample } from '../helpers/metricsText.js';
import { startServer, type StartOptions, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const servers: TestServer[] = [];
const clients: CollabClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function start(options: StartOptions = {}): Promise<TestServer> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

async function scrape(server: TestServer, headers: Record<string, string> = {}): Promise<string> {
  const response = await rawRequest<string>(server, 'GET', '/metrics', { headers });
  expect(response.status).toBe(200);
  return response.body;
}

describe('health and readiness', () => {
  it('answers /api/health and /api/ready with the checks, and gives every request an id', async () => {
    const server = await start();
    const health = await rawRequest(server, 'GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await rawRequest(server, 'GET', '/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', journal: 'ok' } });
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await rawRequest(server, 'GET', '/api/health', {
      headers: { 'x-request-id': 'proxy-id-0001' },
    });
    expect(given.headers.get('x-request-id')).toBe('proxy-id-0001');
  });

  it('is not ready (503, naming the check) when the journal cannot be written', async () => {
    const server = await start();
    fs.rmSync(path.join(server.dataDir, 'journal'), { recursive: true, force: true });
    const ready = await rawRequest<{ status: string; failed: string; error: { code: string } }>(
      server,
      'GET',
      '/api/ready',
    );
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 'unavailable',
      failed: 'journal',
      error: { code: 'not-ready' },
    });
  });
});

describe('/metrics', () => {
  it('serves localhost without a token; with a token, only a scrape that presents it', async () => {
    const open = await start();
    expect(await scrape(open)).toContain('# TYPE planfold_ws_connections gauge');

    const token = 'a-metrics-token-of-some-length';
    const guarded = await start({ env: { METRICS_TOKEN: token } });
    const without = await rawRequest(guarded, 'GET', '/metrics');
    expect(without.status).toBe(401);
    const wrong = await rawRequest(guarded, 'GET', '/metrics', {
      headers: { authorization: 'Bearer not-the-token-at-all-xx' },
    });
    expect(wrong.status).toBe(401);
    expect(await scrape(guarded, { authorization: `Bearer ${token}` })).toContain(
      'planfold_http_requests_total',
    );
  });

  it('refuses a scrape from another machine when no token is set', async (context) => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!external) return context.skip('no network interface but loopback');
    const server = await start();
    // The same app, listening on every interface as well.
    const everywhere = http.createServer(server.planfold.express);
    await new Promise<void>((resolve) => everywhere.listen(0, '0.0.0.0', resolve));
    try {
      const { port } = everywhere.address() as AddressInfo;
      const response = await fetch(`http://${external}:${port}/metrics`);
      expect(response.status).toBe(403);
      const local = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(local.status).toBe(200);
    } finally {
      everywhere.closeAllConnections();
      await new Promise((resolve) => everywhere.close(resolve));
    }
  });

  it('counts connections, updates received and relayed, refusals by reason, compactions, logins', async () => {
    const server = await start();
    const before = await scrape(server);
    const bad = await rawRequest(server, 'POST', '/api/session', {
      body: { username: 'sct', password: 'not-the-password' },
    });
    expect(bad.status).toBe(401);
    const [sct, sct2, sgtvt] = await Promise.all([
      login(server, 'sct'),
      login(server, 'sct2'),
      login(server, 'sgtvt'),
    ]);
    const writer = connectClient(server, sct, 'S3_1');
    const peer = connectClient(server, sct2, 'S3_1');
    const stranger = connectClient(server, sgtvt, 'S3_1');
    clients.push(writer, peer, stranger);
    await Promise.all([synced(writer), synced(peer), synced(stranger)]);
    let text = await scrape(server);
    expect(sample(text, 'planfold_ws_connections')).toBe(3);
    expect(sample(text, 'planfold_rooms_loaded')).toBeGreaterThanOrEqual(1);

    writer.type('Cửa khẩu Tân Thanh');
    await waitFor(() => peer.text().includes('Tân Thanh'), { message: 'the peer to see it' });
    stranger.type('not mine to write');
    await waitFor(() => stranger.refusals.length > 0, { message: 'a refusal' });
    text = await scrape(server);
    expect(sample(text, 'planfold_updates_total', { outcome: 'received' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, 'planfold_updates_total', { outcome: 'relayed' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, 'planfold_updates_refused_total', { reason: 'not-owner' })).toBe(1);
    expect(sample(text, 'planfold_flush_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'planfold_journal_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'planfold_login_failures_total')).toBe(
      sample(before, 'planfold_login_failures_total') + 1,
    );
    expect(
      sample(text, 'planfold_http_requests_total', { route: '/api/session', status: '401' }),
    ).toBe(1);
    expect(text).toContain('planfold_event_loop_delay_seconds{quantile="0.99"}');

    // The last client leaving unloads the room, which compacts its log.
    for (const c of clients.splice(0)) c.destroy();
    await waitFor(async () => sample(await scrape(server), 'planfold_compactions_total') >= 1, {
      message: 'a compaction on unload',
    });
    expect(sample(await scrape(server), 'planfold_ws_connections')).toBe(0);
  });
});

/** A log destination that keeps every line. */
function logSink(): { stream: Writable; lines: () => string[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

describe('structured logs', () => {
  it('are JSON lines with request ids, carried into WebSockets, and never hold a password, cookie or text', async () => {
    const sink = logSink();
    const server = await start({
      env: { LOG_LEVEL: 'info' },
      app: { logDestination: sink.stream },
    });
    const password = 'sai-mat-khau-Quy-Hoach-2030';
    await rawRequest(server, 'POST', '/api/session', {
      body: { username: 'sct', password },
    });
    const sct = await login(server, 'sct');
    const token = sct.cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThan(10);

    const requestId = 'edge-proxy-request-42';
    const ws = new WebSocket(`${server.wsUrl}/S3_1`, {
      headers: { cookie: sct.cookie, origin: server.origin, 'x-request-id': requestId },
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const writer = connectClient(server, sct, 'S3_1');
    clients.push(writer);
    await synced(writer);
    const secretText = 'Đoạn văn bí mật về cửa khẩu Chi Ma';
    writer.type(secretText);
    await waitFor(() => sink.lines().some((l) => l.includes('"websocket open"')), {
      message: 'the websocket to be logged',
    });
    ws.close();

    const entries = sink.lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    const login401 = entries.find((e) => e.route === '/api/session' && e.status === 401);
    expect(login401?.reqId).toEqual(expect.any(String));
    const opened = entries.find((e) => e.msg === 'websocket open' && e.reqId === requestId);
    expect(opened).toMatchObject({ room: 'S3_1', userId: sct.user.id });

    const all = sink.lines().join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
    expect(all).not.toContain('demo-2030');
    expect(all).not.toContain(secretText);
  });
});
