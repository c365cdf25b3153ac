/**
 * Agency administration over HTTP: who may do it, what bad input gets, and what retiring an
 * agency means — it keeps what it holds, and is given nothing new.
 */
import { describe, expect, it } from 'vitest';
import type { ManagedAgency } from '../../shared/model.js';
import { rawRequest, type ApiResponse } from '../helpers/api.js';
import { useSignedInServer } from '../helpers/signedInServer.js';

const NON_ADMINS = ['sct', 'tv', 'skhdt', 'bcd'] as const;
const fixture = useSignedInServer(['admin', ...NON_ADMINS]);

interface ErrorBody {
  error: { code: string; message: string };
}
interface AuditBody {
  entries: { action: string; detail: string; actorName: string | null }[];
}

function expectError(response: ApiResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((response.body as ErrorBody).error.code).toBe(code);
  expect((response.body as ErrorBody).error.message.length).toBeGreaterThan(0);
}

async function agencies(): Promise<ManagedAgency[]> {
  return (await fixture.as.sct.request<{ agencies: ManagedAgency[] }>('GET', '/api/agencies')).body
    .agencies;
}

let serial = 0;
async function createAgency(): Promise<ManagedAgency> {
  serial += 1;
  const response = await fixture.as.admin.request<{ agency: ManagedAgency }>(
    'POST',
    '/api/agencies',
    {
      code: `sxd${serial}`,
      nameVi: `Sở Xây dựng ${serial}`,
      nameEn: `Construction ${serial}`,
      kind: 'department',
    },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.agency;
}

const assign = (owner: string, contributors: string[] = []) =>
  fixture.as.skhdt.request('PUT', '/api/sections/S3_2/assignment', {
    owner,
    contributors,
    writers: [],
  });

describe('the permission table of agency administration', () => {
  const actions: [string, string, () => unknown][] = [
    [
      'POST',
      '/api/agencies',
      () => ({ code: 'XNEW', nameVi: 'Mới', nameEn: 'New', kind: 'other' }),
    ],
    ['PATCH', '/api/agencies/SCT', () => ({ nameVi: 'Đổi tên' })],
    ['PATCH', '/api/agencies/SCT', () => ({ active: false })],
  ];

  it.each(NON_ADMINS)('%s gets 403 on every agency action and nothing changes', async (who) => {
    const before = await agencies();
    for (const [method, path, body] of actions) {
      expectError(await fixture.as[who].request(method, path, body()), 403, 'forbidden');
    }
    expect(await agencies()).toEqual(before);
  });

  it('without a session every agency action is 401, reading too', async () => {
    for (const [method, path, body] of [
      ...actions,
      ['GET', '/api/agencies', () => undefined],
    ] as const) {
      expectError(
        await rawRequest(fixture.server, method, path, { body: body() }),
        401,
        'unauthenticated',
      );
    }
  });
});

describe('agencies administered', () => {
  it('the admin creates an agency (its code in capitals), renames it in both languages, in the audit log', async () => {
    const created = await createAgency();
    expect(created).toMatchObject({ code: `SXD${serial}`, kind: 'department', active: true });
    expect((await agencies()).map((a) => a.code)).toContain(created.code);

    const renamed = await fixture.as.admin.request<{ agency: ManagedAgency }>(
      'PATCH',
      `/api/agencies/${created.code}`,
      { nameVi: 'Sở Xây dựng tỉnh', nameEn: 'Department of Construction' },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.agency).toMatchObject({
      nameVi: 'Sở Xây dựng tỉnh',
      nameEn: 'Department of Construction',
    });

    const audit = await fixture.as.admin.request<AuditBody>(
      'GET',
      '/api/audit?action=agency&limit=20',
    );
    const details = audit.body.entries.filter((e) => e.action === 'agency').map((e) => e.detail);
    expect(details.some((d) => d.startsWith(`create ${created.code}`))).toBe(true);
    expect(details.some((d) => d.includes('nameVi') && d.includes('Sở Xây dựng tỉnh'))).toBe(true);
  });

  it('bad input gets a 400 naming the problem and changes nothing', async () => {
    const before = await agencies();
    const bad: [string, string, unknown][] = [
      ['POST', '/api/agencies', { code: 'x', nameVi: 'Một', nameEn: 'One', kind: 'department' }],
      [
        'POST',
        '/api/agencies',
        { code: 'SỞ', nameVi: 'Một ký', nameEn: 'One', kind: 'department' },
      ],
      ['POST', '/api/agencies', { code: 'OKCODE', nameVi: '', nameEn: 'One', kind: 'department' }],
      ['POST', '/api/agencies', { code: 'OKCODE', nameVi: 'Tên', nameEn: 'One', kind: 'ministry' }],
      [
        'POST',
        '/api/agencies',
        { code: 'OKCODE', nameVi: 'Tên', nameEn: 'One', kind: 'other', x: 1 },
      ],
      ['PATCH', '/api/agencies/SCT', {}],
      ['PATCH', '/api/agencies/SCT', { active: 'no' }],
      ['PATCH', '/api/agencies/SCT', { nameVi: ' ' }],
      ['PATCH', '/api/agencies/SCT', { code: 'SCT2' }],
    ];
    for (const [method, path, body] of bad) {
      expectError(await fixture.as.admin.request(method, path, body), 400, 'invalid-request');
    }
    expectError(
      await fixture.as.admin.request('POST', '/api/agencies', {
        code: 'sct',
        nameVi: 'Trùng mã',
        nameEn: 'Taken',
        kind: 'department',
      }),
      409,
      'agency-taken',
    );
    expectError(
      await fixture.as.admin.request('PATCH', '/api/agencies/NOPE', { nameVi: 'Không có' }),
      404,
      'not-found',
    );
    expect(await agencies()).toEqual(before);
  });

  it('an inactive agency keeps its sections and accounts but is given no new section or account', async () => {
    const agency = await createAgency();
    expect((await assign(agency.code)).status).toBe(200);

    const off = await fixture.as.admin.request<{ agency: ManagedAgency }>(
      'PATCH',
      `/api/agencies/${agency.code}`,
      { active: false },
    );
    expect(off.body.agency.active).toBe(false);

    // What it holds it keeps: S3_2 stays its own, and a change to its contributors is allowed.
    expect((await assign(agency.code, ['SCT'])).status).toBe(200);
    const plan = await fixture.as.sct.request<{ sections: { id: string; owner: string }[] }>(
      'GET',
      '/api/plans/QHT-LS-2021-2030',
    );
    expect(plan.body.sections.find((s) => s.id === 'S3_2')?.owner).toBe(agency.code);

    // Nothing new: another section, a contributor role, a new account, a new section.
    const other = await fixture.as.skhdt.request('PUT', '/api/sections/S3_3/assignment', {
      owner: agency.code,
      contributors: [],
      writers: [],
    });
    expectError(other, 409, 'agency-inactive');
    const contributor = await fixture.as.skhdt.request('PUT', '/api/sections/S3_3/assignment', {
      owner: 'SCT',
      contributors: [agency.code],
      writers: [],
    });
    expectError(contributor, 409, 'agency-inactive');
    const user = await fixture.as.admin.request('POST', '/api/users', {
      username: `u-${agency.code.toLowerCase()}`,
      name: 'Người mới',
      agency: agency.code,
      role: 'editor',
    });
    expectError(user, 409, 'agency-inactive');
    const section = await fixture.as.skhdt.request('POST', '/api/plans/QHT-LS-2021-2030/sections', {
      number: '9.9',
      titleVi: 'Mục mới',
      parentId: null,
      owner: agency.code,
      contributors: [],
    });
    expectError(section, 409, 'agency-inactive');

    const on = await fixture.as.admin.request<{ agency: ManagedAgency }>(
      'PATCH',
      `/api/agencies/${agency.code}`,
      { active: true },
    );
    expect(on.body.agency.active).toBe(true);
    expect(
      (
        await fixture.as.skhdt.request('PUT', '/api/sections/S3_3/assignment', {
          owner: 'SCT',
          contributors: [agency.code],
          writers: [],
        })
      ).status,
    ).toBe(200);
    const audit = await fixture.as.admin.request<AuditBody>(
      'GET',
      '/api/audit?action=agency&limit=50',
    );
    const details = audit.body.entries.map((e) => e.detail);
    expect(details).toContain(`${agency.code}: deactivated`);
    expect(details).toContain(`${agency.code}: reactivated`);
  });
});
