/**
 * Plans administered over HTTP: created from the outline template or empty, renamed, archived
 * (read-only on every path, hidden from the default list) and restored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanSummary } from '../../shared/model.js';
import langSon from '../../server/seed/lang-son-plan.json' with { type: 'json' };
import { rawRequest, type ApiResponse } from '../helpers/api.js';
import { synced } from '../helpers/collabClient.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const NON_ADMINS = ['sct', 'tv', 'skhdt', 'bcd'] as const;
const fixture = useSignedInServer(['admin', ...NON_ADMINS]);

interface ErrorBody {
  error: { code: string; message: string };
}
interface PlanBody {
  plan: PlanSummary;
}
interface DetailBody extends PlanSummary {
  sections: {
    id: string;
    number: string;
    titleVi: string;
    titleEn: string;
    owner: string;
    contributors: string[];
    parentId: string | null;
    status: string;
  }[];
}

function expectError(response: ApiResponse, status: number, code: string): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect((response.body as ErrorBody).error.code).toBe(code);
  expect((response.body as ErrorBody).error.message.length).toBeGreaterThan(0);
}

const plans = async (query = '') =>
  (await fixture.as.bcd.request<{ plans: PlanSummary[] }>('GET', `/api/plans${query}`)).body.plans;

let serial = 0;
function newPlan(overrides: Record<string, unknown> = {}) {
  serial += 1;
  return {
    code: `qht-cb-${serial}`,
    titleVi: 'Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
    titleEn: 'Cao Bằng Provincial Plan 2021–2030, vision to 2050',
    province: 'Cao Bằng',
    periodStart: 2021,
    periodEnd: 2030,
    vision: 2050,
    template: 'provincial-outline',
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}): Promise<PlanSummary> {
  const response = await fixture.as.admin.request<PlanBody>(
    'POST',
    '/api/plans',
    newPlan(overrides),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.plan;
}

beforeEach(() => {
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).startsWith('Permission denied')) return;
    warn(...args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the permission table of plan administration', () => {
  it.each(NON_ADMINS)(
    '%s gets 403 creating, renaming or archiving a plan; nothing changes',
    async (who) => {
      const before = await plans('?archived=1');
      expectError(await fixture.as[who].request('POST', '/api/plans', newPlan()), 403, 'forbidden');
      for (const body of [{ titleVi: 'Tên khác của quy hoạch' }, { archived: true }]) {
        expectError(
          await fixture.as[who].request('PATCH', '/api/plans/QHT-LS-2021-2030', body),
          403,
          'forbidden',
        );
      }
      expect(await plans('?archived=1')).toEqual(before);
    },
  );

  it('without a session, 401', async () => {
    expectError(
      await rawRequest(fixture.server, 'POST', '/api/plans', { body: newPlan() }),
      401,
      'unauthenticated',
    );
    expectError(
      await rawRequest(fixture.server, 'PATCH', '/api/plans/QHT-LS-2021-2030', {
        body: { archived: true },
      }),
      401,
      'unauthenticated',
    );
  });
});

describe('plans administered', () => {
  it('a plan from the template has the full outline, owners mapped to the province agencies', async () => {
    // A retired agency is not given the new plan's sections: the planning agency holds them.
    await fixture.as.admin.request('PATCH', '/api/agencies/SGTVT', { active: false });
    try {
      const plan = await create();
      expect(plan).toMatchObject({
        code: `QHT-CB-${serial}`,
        province: 'Cao Bằng',
        archived: false,
      });
      const detail = (await fixture.as.bcd.request<DetailBody>('GET', `/api/plans/${plan.id}`))
        .body;
      expect(detail.sections.map((s) => s.number)).toEqual(langSon.sections.map((s) => s.number));
      const template = new Map(langSon.sections.map((s) => [s.number, s]));
      for (const s of detail.sections) {
        const from = template.get(s.number)!;
        expect(s.owner).toBe(from.owner === 'SGTVT' ? 'SKHDT' : from.owner);
        expect(s.contributors).not.toContain('SGTVT');
        expect(s.status).toBe('CHUA_BAT_DAU');
        if (from.parent) expect(s.parentId).toBe(`${plan.id}_${from.parent}`);
      }
      expect(detail.sections.some((s) => template.get(s.number)?.owner === 'SGTVT')).toBe(true);
      // The demo plan is untouched and still listed.
      expect((await plans()).map((p) => p.id)).toEqual([
        'QHT-LS-2021-2030',
        ...(await plans()).slice(1).map((p) => p.id),
      ]);
    } finally {
      await fixture.as.admin.request('PATCH', '/api/agencies/SGTVT', { active: true });
    }
  });

  it("a plan for another period names its own years in the template's titles", async () => {
    const plan = await create({ periodStart: 2031, periodEnd: 2040, vision: 2060 });
    const detail = (await fixture.as.bcd.request<DetailBody>('GET', `/api/plans/${plan.id}`)).body;
    const byNumber = new Map(detail.sections.map((s) => [s.number, s]));
    const economy = langSon.sections.find((s) => s.id === 'S1_4')!;
    const targets = langSon.sections.find((s) => s.id === 'S2_2')!;
    expect(byNumber.get(economy.number)?.titleVi).toBe(
      'Thực trạng kinh tế 2021–2030: tăng trưởng, cơ cấu, năng suất, đầu tư, doanh nghiệp, ngân sách',
    );
    expect(byNumber.get(economy.number)?.titleEn).toContain('Economic performance 2021–2030');
    expect(byNumber.get(targets.number)?.titleVi).toContain('chỉ tiêu đến năm 2040');
    expect(detail.sections.map((s) => s.titleVi).join(' ')).not.toMatch(/2011|2020/);
  });

  it('an empty plan has no sections; the coordinator then adds them', async () => {
    const plan = await create({ template: 'empty' });
    const detail = (await fixture.as.bcd.request<DetailBody>('GET', `/api/plans/${plan.id}`)).body;
    expect(detail.sections).toEqual([]);
    const added = await fixture.as.skhdt.request('POST', `/api/plans/${plan.id}/sections`, {
      number: 'I',
      titleVi: 'Phần thứ nhất',
      parentId: null,
      owner: 'SKHDT',
      contributors: [],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
  });

  it('bad input gets a 400 naming the problem and creates or changes nothing', async () => {
    const before = await plans('?archived=1');
    const bad = [
      newPlan({ code: 'x' }),
      newPlan({ code: 'QHT CB' }),
      newPlan({ titleVi: '' }),
      newPlan({ province: '' }),
      newPlan({ periodStart: 2031 }),
      newPlan({ vision: 2025 }),
      newPlan({ periodEnd: '2030' }),
      newPlan({ template: 'lang-son' }),
      newPlan({ extra: true }),
      { code: 'QHT-X' },
    ];
    for (const body of bad) {
      expectError(
        await fixture.as.admin.request('POST', '/api/plans', body),
        400,
        'invalid-request',
      );
    }
    for (const body of [{}, { archived: 'yes' }, { titleVi: '' }, { code: 'NEW' }]) {
      expectError(
        await fixture.as.admin.request('PATCH', '/api/plans/QHT-LS-2021-2030', body),
        400,
        'invalid-request',
      );
    }
    expectError(
      await fixture.as.admin.request('POST', '/api/plans', newPlan({ code: 'QHT-LS-2021-2030' })),
      409,
      'plan-taken',
    );
    expectError(
      await fixture.as.admin.request('PATCH', '/api/plans/NOPE', { archived: true }),
      404,
      'not-found',
    );
    expect(await plans('?archived=1')).toEqual(before);
  });

  it('renamed, archived (hidden, read-only everywhere) and restored, each in the audit log', async () => {
    const plan = await create();
    const section = `${plan.id}_S3_1`;
    const renamed = await fixture.as.admin.request<PlanBody>('PATCH', `/api/plans/${plan.id}`, {
      titleVi: 'Quy hoạch tỉnh Cao Bằng (dự thảo)',
      province: 'Tỉnh Cao Bằng',
    });
    expect(renamed.body.plan).toMatchObject({
      titleVi: 'Quy hoạch tỉnh Cao Bằng (dự thảo)',
      province: 'Tỉnh Cao Bằng',
    });

    // Before archiving, SCT writes its section of the new plan.
    await fixture.as.skhdt.request('POST', `/api/sections/${section}/status`, {
      status: 'DU_THAO',
      note: '',
    });
    const writer = fixture.connect(fixture.as.sct, section);
    await synced(writer);
    writer.type('Trước khi lưu trữ.');
    await waitFor(() => writer.provider.synced && writer.text().includes('Trước khi lưu trữ'));

    const archived = await fixture.as.admin.request<PlanBody>('PATCH', `/api/plans/${plan.id}`, {
      archived: true,
    });
    expect(archived.body.plan.archived).toBe(true);
    expect((await plans()).map((p) => p.id)).not.toContain(plan.id);
    expect((await plans('?archived=1')).map((p) => p.id)).toContain(plan.id);
    expect((await fixture.as.bcd.request('GET', `/api/plans/${plan.id}`)).status).toBe(200);

    // Read-only on every path: the live editor, section commands, outline, comments.
    writer.type('Sau khi lưu trữ.');
    await waitFor(() => (writer.refusals.some((r) => r.includes('archived')) ? true : null), {
      message: 'the write to an archived plan refused',
    });
    expectError(
      await fixture.as.skhdt.request('POST', `/api/sections/${section}/lock`, { note: 'x' }),
      409,
      'plan-archived',
    );
    expectError(
      await fixture.as.skhdt.request('POST', `/api/plans/${plan.id}/sections`, {
        number: 'X',
        titleVi: 'Mục mới',
        parentId: null,
        owner: 'SKHDT',
        contributors: [],
      }),
      409,
      'plan-archived',
    );
    expectError(
      await fixture.as.tv.request('POST', `/api/sections/${section}/threads`, {
        anchor: { from: '', to: '' },
        quote: '',
        body: 'Góp ý',
      }),
      409,
      'plan-archived',
    );

    const restored = await fixture.as.admin.request<PlanBody>('PATCH', `/api/plans/${plan.id}`, {
      archived: false,
    });
    expect(restored.body.plan.archived).toBe(false);
    const lock = await fixture.as.skhdt.request('POST', `/api/sections/${section}/lock`, {
      note: 'Khóa',
    });
    expect(lock.status, JSON.stringify(lock.body)).toBe(200);

    const audit = await fixture.as.admin.request<{ entries: { action: string; detail: string }[] }>(
      'GET',
      '/api/audit?action=plan&limit=50',
    );
    const details = audit.body.entries.map((e) => e.detail);
    expect(details).toContain(
      `create ${plan.id} (provincial-outline, ${langSon.sections.length} sections)`,
    );
    expect(details.some((d) => d.startsWith(`${plan.id}: titleVi`))).toBe(true);
    expect(details).toContain(`${plan.id}: archived`);
    expect(details).toContain(`${plan.id}: restored`);
  });
});
