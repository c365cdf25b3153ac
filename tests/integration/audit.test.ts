/**
 * The audit log: who signed in (or failed to), who locked, unlocked and assigned, whose writes
 * were refused and from where, who edited (one row per person, section and minute); readable
 * and filterable by the coordinator only, and exportable as CSV that Excel opens.
 */
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login, rawRequest, type ApiClient } from '../helpers/api.js';
import { bodyText } from '../helpers/collabClient.js';
import { connectRaw, detachedParagraphUpdate, type RawClient } from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  agency: string | null;
  action: string;
  sectionId: string | null;
  detail: string;
  address: string | null;
}

let server: TestServer;
const raws: RawClient[] = [];

beforeEach(async () => {
  server = await startServer();
});

afterEach(async () => {
  for (const c of raws.splice(0)) c.close();
  await server.stop();
});

async function audit(who: ApiClient, query = ''): Promise<AuditEntry[]> {
  const response = await who.request<{ entries: AuditEntry[] }>('GET', `/api/audit${query}`);
  expect(response.status, `GET /api/audit${query}`).toBe(200);
  return response.body.entries;
}

/** Signs in from a chosen local address; returns the status. */
function loginFrom(localAddress: string, username: string, password: string): Promise<number> {
  const payload = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress,
        method: 'POST',
        path: '/api/session',
        headers: {
          origin: server.origin,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(payload)),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('what the audit log records', () => {
  it('logins, failed logins, locks, unlocks, assignments, refused writes and edits', async () => {
    const [skhdt, sct, sgtvt] = await Promise.all(
      ['skhdt', 'sct', 'sgtvt'].map((u) => login(server, u)),
    );
    if (!skhdt || !sct || !sgtvt) throw new Error('login');

    // sign-ins, from another address too
    expect(await loginFrom('127.0.0.2', 'sct2', 'demo-2030')).toBe(200);
    expect(await loginFrom('127.0.0.2', 'sct2', 'wrong')).toBe(401);
    expect(await loginFrom('127.0.0.2', 'nobody-here', 'wrong')).toBe(401);

    const logins = await audit(skhdt, '?action=login');
    expect(logins.map((e) => e.actorId)).toEqual(
      expect.arrayContaining([skhdt.user.id, sct.user.id, sgtvt.user.id]),
    );
    const sct2Login = logins.find((e) => e.detail === '' && e.address === '127.0.0.2');
    expect(sct2Login).toMatchObject({ agency: 'SCT', address: '127.0.0.2' });
    const failed = await audit(skhdt, '?action=login-failed');
    expect(failed).toHaveLength(2);
    expect(failed.find((e) => e.detail === 'sct2')).toMatchObject({
      agency: 'SCT',
      address: '127.0.0.2',
    });
    // an unknown name is recorded too, with no actor
    expect(failed.find((e) => e.detail === 'nobody-here')).toMatchObject({
      actorId: null,
      address: '127.0.0.2',
    });

    // lock, unlock, assignment
    expect(
      (await skhdt.request('POST', '/api/sections/S3_1/lock', { note: 'Chờ thẩm định' })).status,
    ).toBe(200);
    expect((await skhdt.request('DELETE', '/api/sections/S3_1/lock')).status).toBe(200);
    expect(
      (
        await skhdt.request('PUT', '/api/sections/S3_3/assignment', {
          owner: 'SCT',
          contributors: ['SGTVT', 'BQLKKT'],
          writers: ['SGTVT'],
        })
      ).status,
    ).toBe(200);
    const mine = await audit(skhdt, `?userId=${skhdt.user.id}`);
    expect(mine.find((e) => e.action === 'lock')).toMatchObject({
      sectionId: 'S3_1',
      detail: 'Chờ thẩm định',
      agency: 'SKHDT',
      actorName: skhdt.user.name,
      address: '127.0.0.1',
    });
    expect(mine.find((e) => e.action === 'unlock')).toMatchObject({ sectionId: 'S3_1' });
    const assigned = mine.find((e) => e.action === 'assign');
    expect(assigned).toMatchObject({ sectionId: 'S3_3' });
    expect(assigned?.detail).toContain('owner=SCT');
    expect(assigned?.detail).toContain('writers=SGTVT');

    // a refused write: who, which section, why, from where (the socket's address)
    const stranger = await connectRaw(server, sgtvt, 'S3_1', { localAddress: '127.0.0.2' });
    raws.push(stranger);
    await stranger.synced();
    stranger.sendUpdate(detachedParagraphUpdate(stranger.doc, 'REFUSED'));
    await waitFor(() => stranger.refusals().length > 0);
    const refused = await waitFor(
      async () => (await audit(skhdt, '?action=write-refused')).find((e) => e.sectionId === 'S3_1'),
      { message: 'refused write audited' },
    );
    expect(refused).toMatchObject({
      actorId: sgtvt.user.id,
      agency: 'SGTVT',
      detail: 'not-owner',
      address: '127.0.0.2',
    });

    // edits: several writes within a minute make one row per person and section
    const writer = await connectRaw(server, sct, 'S3_1');
    const observer = await connectRaw(server, skhdt, 'S3_1');
    raws.push(writer, observer);
    await Promise.all([writer.synced(), observer.synced()]);
    const started = Date.now();
    for (let i = 0; i < 6; i++) {
      writer.sendUpdate(detachedParagraphUpdate(writer.doc, `EDIT-${i}`));
      await waitFor(() => bodyText(observer.doc.getXmlFragment('body')).includes(`EDIT-${i}`));
    }
    const edits = await waitFor(
      async () => {
        const rows = await audit(skhdt, `?action=edit&userId=${sct.user.id}`);
        return rows.length > 0 ? rows : null;
      },
      { message: 'edit audited' },
    );
    const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
    const spanned = minute(new Date().toISOString()) - Math.floor(started / 60_000) + 1;
    expect(edits.length).toBeLessThanOrEqual(spanned);
    expect(new Set(edits.map((e) => minute(e.at))).size).toBe(edits.length);
    expect(edits.every((e) => e.sectionId === 'S3_1' && e.agency === 'SCT')).toBe(true);
    // the refused writer edited nothing
    expect(await audit(skhdt, `?action=edit&userId=${sgtvt.user.id}`)).toEqual([]);
  });
});

describe('reading the audit log', () => {
  it('filters by section, user, agency and action, as the coordinator', async () => {
    const [skhdt, sct] = await Promise.all(['skhdt', 'sct'].map((u) => login(server, u)));
    if (!skhdt || !sct) throw new Error('login');
    for (const id of ['S3_1', 'S4_5']) {
      expect((await skhdt.request('POST', `/api/sections/${id}/lock`, { note: id })).status).toBe(
        200,
      );
    }
    expect((await skhdt.request('DELETE', '/api/sections/S3_1/lock')).status).toBe(200);

    const bySection = await audit(skhdt, '?sectionId=S3_1');
    expect(bySection.map((e) => e.action).sort()).toEqual(['lock', 'unlock']);
    expect(bySection.every((e) => e.sectionId === 'S3_1')).toBe(true);

    const byUser = await audit(skhdt, `?userId=${sct.user.id}`);
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((e) => e.actorId === sct.user.id)).toBe(true);

    const byAgency = await audit(skhdt, '?agency=SKHDT');
    expect(byAgency.every((e) => e.agency === 'SKHDT')).toBe(true);
    expect(byAgency.map((e) => e.action)).toEqual(
      expect.arrayContaining(['login', 'lock', 'unlock']),
    );

    // The demo's own approval of I.1 (S1_1) is in the trail too.
    const locks = await audit(skhdt, '?action=lock');
    expect(locks.map((e) => e.sectionId).sort()).toEqual(['S1_1', 'S3_1', 'S4_5']);
    const combined = await audit(skhdt, '?action=lock&sectionId=S4_5');
    expect(combined).toHaveLength(1);
    expect(combined[0]).toMatchObject({ detail: 'S4_5', actorId: skhdt.user.id });
    // newest first, and limited
    const all = await audit(skhdt);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));
    expect(await audit(skhdt, '?limit=2')).toHaveLength(2);
    expect((await skhdt.request('GET', '/api/audit?action=drop-table')).status).toBe(400);
  });

  it('is refused to everyone but the coordinator and the admin', async () => {
    const users = await Promise.all(
      ['sct', 'tv', 'bcd', 'sgtvt', 'admin', 'skhdt2'].map((u) => login(server, u)),
    );
    for (const who of users) {
      const allowed = who.user.role === 'coordinator' || who.user.role === 'admin';
      for (const path of ['/api/audit', '/api/audit.csv']) {
        const response = await who.request<{ error?: { code: string } }>('GET', path);
        expect(response.status, `${who.user.username} ${path}`).toBe(allowed ? 200 : 403);
        if (!allowed) expect(response.body.error?.code).toBe('forbidden');
      }
    }
    expect((await rawRequest(server, 'GET', '/api/audit')).status).toBe(401);
    expect((await rawRequest(server, 'GET', '/api/audit.csv')).status).toBe(401);
  });

  it('exports CSV with a UTF-8 BOM, the header row, and formulas defused', async () => {
    const skhdt = await login(server, 'skhdt');
    expect(
      (
        await skhdt.request('POST', '/api/sections/S3_1/lock', {
          note: '=HYPERLINK("http://evil.example","Bấm vào đây")',
        })
      ).status,
    ).toBe(200);
    const response = await fetch(`${server.httpUrl}/api/audit.csv?sectionId=S3_1`, {
      headers: { cookie: skhdt.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv;\s*charset=utf-8/i);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,at,actorId,actorName,agency,action,sectionId,detail,address');
    const lockLine = lines.find((l) => l.includes(',lock,'));
    expect(lockLine).toBeDefined();
    expect(lockLine).toContain(skhdt.user.name); // Vietnamese survives
    // the note is exported as text, not as a formula Excel would run
    expect(lockLine).toContain(`"'=HYPERLINK(""http://evil.example"",""Bấm vào đây"")"`);
  });
});
