/**
 * Account administration over HTTP: who may do it, what bad input gets, temporary passwords
 * that must be changed, and what a change does to the account's open sockets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { UserAccount } from '../../shared/model.js';
import { CloseCode } from '../../shared/protocol/collab.js';
import { bodyText } from '../helpers/collabClient.js';
import { login, rawRequest, type ApiClient, type ApiResponse } from '../helpers/api.js';
import {
  closeCodeOf,
  connectRaw,
  paragraphUpdate,
  tryConnectRaw,
  type RawClient,
} from '../helpers/rawClient.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const NON_ADMINS = ['sct', 'tv', 'skhdt', 'bcd'] as const;
const fixture = useSignedInServer(['admin', ...NON_ADMINS]);

interface Created {
  user: UserAccount;
  temporaryPassword: string;
}
interface ErrorBody {
  error: { code: string; message: string };
}

const raws: RawClient[] = [];
afterEach(() => {
  for (const r of raws.splice(0)) r.close();
});

let serial = 0;
async function createUser(
  overrides: Partial<{ username: string; agency: string; role: string }> = {},
): Promise<Created> {
  serial += 1;
  const response = await fixture.as.admin.request<Created>('POST', '/api/users', {
    username: `user${serial}`,
    name: `Người dùng ${serial}`,
    agency: 'SCT',
    role: 'editor',
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

function expectError(response: ApiResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((response.body as ErrorBody).error.code).toBe(code);
  expect((response.body as ErrorBody).error.message.length).toBeGreaterThan(0);
}

async function userCount(): Promise<number> {
  return (await fixture.as.admin.request<{ users: UserAccount[] }>('GET', '/api/users')).body.users
    .length;
}

/** Signs in with a temporary password and replaces it. */
async function activate(created: Created, password = 'Lang-Son-2030!'): Promise<ApiClient> {
  const first = await login(fixture.server, created.user.username, created.temporaryPassword);
  const changed = await first.request('PUT', '/api/session/password', {
    currentPassword: created.temporaryPassword,
    newPassword: password,
  });
  expect(changed.status, JSON.stringify(changed.body)).toBe(204);
  return first;
}

describe('the permission table of account administration', () => {
  const actions: [string, string, () => unknown][] = [
    ['GET', '/api/users', () => undefined],
    ['POST', '/api/users', () => ({ username: 'x-new', name: 'X', agency: 'SCT', role: 'editor' })],
    ['PATCH', '/api/users/ID', () => ({ name: 'Tên mới' })],
    ['POST', '/api/users/ID/password-reset', () => undefined],
  ];

  it.each(NON_ADMINS)('%s gets 403 on every admin action and nothing changes', async (who) => {
    const target = await createUser();
    const before = await userCount();
    for (const [method, path, body] of actions) {
      const response = await fixture.as[who].request(
        method,
        path.replace('ID', target.user.id),
        body(),
      );
      expectError(response, 403, 'forbidden');
    }
    expect(await userCount()).toBe(before);
    // The temporary password still works: no reset happened.
    await login(fixture.server, target.user.username, target.temporaryPassword);
  });

  it('without a session every admin action is 401', async () => {
    for (const [method, path, body] of actions) {
      const response = await rawRequest(fixture.server, method, path.replace('ID', 'x'), {
        body: body(),
      });
      expectError(response, 401, 'unauthenticated');
    }
  });

  it('the admin lists, searches, creates, edits and resets', async () => {
    const created = await createUser({ agency: 'SGTVT' });
    expect(created.user).toMatchObject({
      agency: 'SGTVT',
      role: 'editor',
      disabled: false,
      mustChangePassword: true,
    });
    expect(created.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const found = await fixture.as.admin.request<{ users: UserAccount[] }>(
      'GET',
      `/api/users?q=${created.user.username}`,
    );
    expect(found.body.users.map((u) => u.id)).toEqual([created.user.id]);
    expect(JSON.stringify(found.body)).not.toMatch(/password_?hash|scrypt/i);
    const byAgency = await fixture.as.admin.request<{ users: UserAccount[] }>(
      'GET',
      '/api/users?agency=SGTVT',
    );
    expect(byAgency.body.users.every((u) => u.agency === 'SGTVT')).toBe(true);

    const edited = await fixture.as.admin.request<{ user: UserAccount }>(
      'PATCH',
      `/api/users/${created.user.id}`,
      {
        name: 'Hoàng Thị Mai',
        email: 'mai@langson.gov.vn',
      },
    );
    expect(edited.body.user).toMatchObject({ name: 'Hoàng Thị Mai', email: 'mai@langson.gov.vn' });

    const reset = await fixture.as.admin.request<{ temporaryPassword: string }>(
      'POST',
      `/api/users/${created.user.id}/password-reset`,
    );
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).not.toBe(created.temporaryPassword);
    const old = await rawRequest(fixture.server, 'POST', '/api/session', {
      body: { username: created.user.username, password: created.temporaryPassword },
    });
    expectError(old, 401, 'invalid-credentials');
    await login(fixture.server, created.user.username, reset.body.temporaryPassword);

    const audit = await fixture.as.admin.request<{ entries: { action: string; detail: string }[] }>(
      'GET',
      '/api/audit?limit=50',
    );
    const actions = audit.body.entries.map((e) => e.action);
    expect(actions).toContain('user');
    expect(actions).toContain('password-reset');
    expect(JSON.stringify(audit.body)).not.toContain(reset.body.temporaryPassword);
  });

  it('a taken username is 409 and bad input is 400, each changing nothing', async () => {
    const before = await userCount();
    expectError(
      await fixture.as.admin.request('POST', '/api/users', {
        username: 'SCT',
        name: 'X',
        agency: 'SCT',
        role: 'editor',
      }),
      409,
      'username-taken',
    );
    const bad: unknown[] = [
      {},
      { username: 'a', name: 'X', agency: 'SCT', role: 'editor' },
      { username: 'ok-name', name: '', agency: 'SCT', role: 'editor' },
      { username: 'ok-name', name: 'X', agency: 'SCT', role: 'king' },
      { username: 'ok-name', name: 'X', agency: 'SCT', role: 'editor', email: 'not an email' },
      { username: 'ok-name', name: 'X', agency: 'SCT', role: 'editor', extra: 1 },
      { username: 'ok name', name: 'X', agency: 'SCT', role: 'editor' },
    ];
    for (const body of bad) {
      expectError(
        await fixture.as.admin.request('POST', '/api/users', body),
        400,
        'invalid-request',
      );
    }
    expectError(
      await fixture.as.admin.request('POST', '/api/users', {
        username: 'ok-name',
        name: 'X',
        agency: 'NOPE',
        role: 'editor',
      }),
      400,
      'unknown-agency',
    );
    const target = await createUser();
    for (const body of [
      {},
      { role: 'king' },
      { disabled: 'yes' },
      { name: '' },
      { password: 'x' },
    ]) {
      expectError(
        await fixture.as.admin.request('PATCH', `/api/users/${target.user.id}`, body),
        400,
        'invalid-request',
      );
    }
    expectError(
      await fixture.as.admin.request('PATCH', '/api/users/nobody', { name: 'X' }),
      404,
      'not-found',
    );
    expectError(
      await fixture.as.admin.request('POST', '/api/users/nobody/password-reset'),
      404,
      'not-found',
    );
    expect(await userCount()).toBe(before + 1);
    const after = await fixture.as.admin.request<{ users: UserAccount[] }>(
      'GET',
      `/api/users?q=${target.user.username}`,
    );
    expect(after.body.users[0]).toMatchObject({
      name: target.user.name,
      role: 'editor',
      disabled: false,
    });
  });

  it('the admin cannot disable or demote themself', async () => {
    const self = fixture.as.admin.user.id;
    expectError(
      await fixture.as.admin.request('PATCH', `/api/users/${self}`, { disabled: true }),
      409,
      'own-account',
    );
    expectError(
      await fixture.as.admin.request('PATCH', `/api/users/${self}`, { role: 'editor' }),
      409,
      'own-account',
    );
  });
});

describe('a temporary password must be changed first', () => {
  it('mustChangePassword, 403 on every other mutation and no socket until it is changed', async () => {
    const created = await createUser();
    const user = await login(fixture.server, created.user.username, created.temporaryPassword);
    const session = await user.request<{ mustChangePassword: boolean }>('GET', '/api/session');
    expect(session.body.mustChangePassword).toBe(true);
    expectError(
      await user.request('POST', '/api/sections/S3_1/lock', { note: 'x' }),
      403,
      'password-change-required',
    );
    expectError(
      await user.request('PATCH', '/api/session', { name: 'X' }),
      403,
      'password-change-required',
    );
    const upgrade = await tryConnectRaw(fixture.server, 'S3_1', { cookie: user.cookie });
    expect(upgrade.opened).toBe(false);

    const attempts: [string, string][] = [
      ['short-pw', 'password-too-short'],
      [`${created.user.username}-2030-lang-son`, 'password-contains-username'],
      ['qwertyuiop', 'password-common'],
    ];
    for (const [newPassword, code] of attempts) {
      expectError(
        await user.request('PUT', '/api/session/password', {
          currentPassword: created.temporaryPassword,
          newPassword,
        }),
        400,
        code,
      );
    }
    expectError(
      await user.request('PUT', '/api/session/password', {
        currentPassword: 'wrong-one-xx',
        newPassword: 'Lang-Son-2030!',
      }),
      403,
      'wrong-password',
    );
    expectError(
      await user.request('PUT', '/api/session/password', { newPassword: 'Lang-Son-2030!' }),
      400,
      'invalid-request',
    );

    const changed = await user.request('PUT', '/api/session/password', {
      currentPassword: created.temporaryPassword,
      newPassword: 'Lang-Son-2030!',
    });
    expect(changed.status).toBe(204);
    const now = await user.request<{ mustChangePassword: boolean }>('GET', '/api/session');
    expect(now.body.mustChangePassword).toBe(false);
    const renamed = await user.request<{ user: { name: string } }>('PATCH', '/api/session', {
      name: 'Lộc Văn Sơn',
    });
    expect(renamed.body.user.name).toBe('Lộc Văn Sơn');
    await login(fixture.server, created.user.username, 'Lang-Son-2030!');
    raws.push(await connectRaw(fixture.server, user, 'S3_1'));
  });
});

describe('account changes reach open connections at once', () => {
  it('disabling closes every socket of the account with 4401, ends its sessions and refuses sign-in', async () => {
    const created = await createUser();
    const user = await activate(created);
    const other = await login(fixture.server, 'sct2');
    const sockets = [
      await connectRaw(fixture.server, user, 'S3_1'),
      await connectRaw(fixture.server, user, 'S3_3'),
      await connectRaw(fixture.server, user, 'plan:QHT-LS-2021-2030'),
    ];
    const bystander = await connectRaw(fixture.server, other, 'S3_1');
    raws.push(...sockets, bystander);
    await Promise.all([...sockets, bystander].map((s) => s.synced()));

    const disabled = await fixture.as.admin.request('PATCH', `/api/users/${created.user.id}`, {
      disabled: true,
    });
    expect(disabled.status).toBe(200);
    for (const s of sockets) expect(await closeCodeOf(s), s.room).toBe(CloseCode.loggedOut);
    expectError(await user.request('GET', '/api/session'), 401, 'unauthenticated');
    expectError(
      await rawRequest(fixture.server, 'POST', '/api/session', {
        body: { username: created.user.username, password: 'Lang-Son-2030!' },
      }),
      403,
      'account-disabled',
    );
    // The colleague's socket in the same room still answers.
    await bystander.serverState();
    expect(bystander.isOpen()).toBe(true);

    await fixture.as.admin.request('PATCH', `/api/users/${created.user.id}`, { disabled: false });
    await login(fixture.server, created.user.username, 'Lang-Son-2030!');
  });

  it('a role change downgrades an open editor to read-only on the same socket', async () => {
    const created = await createUser();
    const user = await activate(created);
    const raw = await connectRaw(fixture.server, user, 'S3_1');
    raws.push(raw);
    await raw.synced();
    raw.sendUpdate(paragraphUpdate(raw.doc, 'SENTINEL-before-demotion'));
    await waitFor(async () =>
      bodyText((await raw.serverState()).getXmlFragment('body')).includes(
        'SENTINEL-before-demotion',
      ),
    );
    expect(raw.refusals()).toEqual([]);

    const demoted = await fixture.as.admin.request('PATCH', `/api/users/${created.user.id}`, {
      role: 'leader',
    });
    expect(demoted.status).toBe(200);
    raw.sendUpdate(paragraphUpdate(raw.doc, 'REFUSED-after-demotion'));
    await waitFor(() => raw.refusals().length >= 1, { message: 'the write refused' });
    expect(raw.refusals()).toEqual(['role']);
    expect(raw.isOpen()).toBe(true);

    // An agency change works the same way: back to editor, but of another agency.
    await fixture.as.admin.request('PATCH', `/api/users/${created.user.id}`, {
      role: 'editor',
      agency: 'SGTVT',
    });
    raw.sendUpdate(paragraphUpdate(raw.doc, 'REFUSED-other-agency'));
    await waitFor(() => raw.refusals().length >= 2, { message: 'the second write refused' });
    expect(raw.refusals()).toEqual(['role', 'not-owner']);
  });
});
