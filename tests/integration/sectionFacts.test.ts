/**
 * The progress dashboard over real HTTP: who may see it, the figures of a seeded scenario (due
 * dates set in the past by the coordinator, open threads to answer), and the section facts
 * (word count, last editor, last activity) the server derives from live documents typed into
 * by stock providers.
 */
import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../../shared/dashboard.js';
import { countWords } from '../../server/collab/plainText.js';
import { rawRequest, type ApiClient } from '../helpers/api.js';
import { synced } from '../helpers/collabClient.js';
import { expectStatus, openThread, PLAN_ID, type ErrorReply } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const USERS = ['sct', 'sct2', 'tv', 'skhdt', 'sgtvt', 'bcd', 'admin'] as const;
const DAY = 86_400_000;

/** Days late: whole days past the end of the due date in Vietnam (UTC+7). */
const expectedDaysLate = (dueDate: string, now: number): number =>
  Math.ceil((now - Date.parse(`${dueDate}T23:59:59.999+07:00`)) / DAY);

describe('dashboard and section facts', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const dashboard = async (who: ApiClient = as.skhdt): Promise<Dashboard> =>
    expectStatus(
      await who.request<Dashboard>('GET', `/api/plans/${PLAN_ID}/dashboard`),
      200,
      'dashboard',
    );
  const rowOf = (d: Dashboard, agency: string) => d.agencies.find((a) => a.agency === agency);

  it('coordinator, consultant and leader see it; agencies do not; 401 without a session', async () => {
    for (const who of ['skhdt', 'bcd', 'tv'] as const) {
      const r = await as[who].request<Dashboard>('GET', `/api/plans/${PLAN_ID}/dashboard`);
      expect(r.status, who).toBe(200);
    }
    for (const who of ['sct', 'sgtvt'] as const) {
      const r = await as[who].request<ErrorReply>('GET', `/api/plans/${PLAN_ID}/dashboard`);
      expect(r.status, who).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect(
      (await rawRequest(fixture.server, 'GET', `/api/plans/${PLAN_ID}/dashboard`)).status,
    ).toBe(401);
    expect((await as.skhdt.request('GET', '/api/plans/NO-SUCH-PLAN/dashboard')).status).toBe(404);
  });

  it('the demo plan before anything happens', async () => {
    const d = await dashboard();
    const sections = (await as.bcd.request<{ sections: unknown[] }>('GET', `/api/plans/${PLAN_ID}`))
      .body.sections.length;
    expect(d.totals.sections).toBe(sections);
    expect(Object.values(d.totals.byStatus).reduce((a, b) => a + b, 0)).toBe(sections);
    expect(d.totals.byStatus).toMatchObject({
      DA_GUI_TU_VAN: 2,
      DANG_GOP_Y: 3,
      DA_TIEP_THU: 1,
      TRINH_BCD: 1,
      DA_DUYET_KHOA: 1,
      CHUA_BAT_DAU: 3,
    });
    expect(d.totals.progress).toBeGreaterThan(0);
    expect(d.totals.progress).toBeLessThan(1);
    // The demo has a few sections in draft past their due dates, so the lists show something.
    expect(d.totals.overdue).toBe(d.overdue.length);
    expect(d.overdue.length).toBeGreaterThanOrEqual(3);
    for (const o of d.overdue) expect(o.daysLate, o.sectionId).toBeGreaterThan(0);
    expect(rowOf(d, 'SCT')).toMatchObject({
      owned: 3,
      byStatus: { DU_THAO: 3 },
      overdue: 0,
      words: 0,
    });
  });

  it('late sections and threads to answer: SCT shows overdue 2 and what it must answer', async () => {
    const start = Date.now();
    // The demo's own late sections and open threads are counted too: compare with before.
    const before = await dashboard(as.bcd);
    // Due dates in the past on two SCT sections and one SGTVT section; others that must not count.
    const dueDates: [string, string | null][] = [
      ['S3_1', '2021-01-10'], // SCT, draft
      ['S3_3', '2021-03-01'], // SCT, draft
      ['S4_4', '2021-02-01'], // SGTVT, draft
      ['S4_5', '2999-12-31'], // SCT, not due yet
      ['S1_4', '2021-01-01'], // SKHDT, already under comment: not late
      ['S3_6', null],
    ];
    for (const [id, dueDate] of dueDates) {
      expectStatus(
        await as.skhdt.request('PATCH', `/api/sections/${id}`, { dueDate }),
        200,
        `due ${id}`,
      );
    }

    // Threads: two unanswered on SCT sections, one answered, one resolved; one on SGTVT's.
    await openThread(as.tv, 'S3_1', 'Rà soát chỉ tiêu.');
    await openThread(as.sgtvt, 'S3_3', 'Bổ sung số liệu cửa khẩu.');
    const answered = await openThread(as.tv, 'S4_5', 'Cập nhật Quy hoạch điện VIII.');
    expectStatus(
      await as.sct.request('PUT', `/api/threads/${answered.id}/response`, {
        kind: 'accepted',
        text: 'Đã cập nhật.',
      }),
      200,
      'answer',
    );
    const resolved = await openThread(as.bcd, 'S3_1', 'Ý kiến Ban Chỉ đạo.');
    expectStatus(
      await as.bcd.request('POST', `/api/threads/${resolved.id}/resolve`),
      200,
      'resolve',
    );
    await openThread(as.tv, 'S4_4', 'Hướng tuyến cao tốc.');

    const d = await dashboard(as.bcd);
    const now = Date.parse(d.asOf);
    expect(now).toBeGreaterThanOrEqual(start);

    expect(rowOf(d, 'SCT')).toMatchObject({ owned: 3, overdue: 2, toAnswer: 2 });
    expect(rowOf(d, 'SGTVT')).toMatchObject({ owned: 1, overdue: 1, toAnswer: 1 });
    expect(rowOf(d, 'SKHDT')).toMatchObject({ overdue: 0 });
    // Most overdue first.
    const ours = d.agencies.map((a) => a.agency).filter((a) => a === 'SCT' || a === 'SGTVT');
    expect(ours).toEqual(['SCT', 'SGTVT']);
    expect(d.agencies.map((a) => a.overdue)).toEqual(
      d.agencies.map((a) => a.overdue).sort((x, y) => y - x),
    );

    expect(d.totals.overdue - before.totals.overdue).toBe(3);
    expect(d.totals.openThreads - before.totals.openThreads).toBe(4);
    const demoLate = new Set(before.overdue.map((o) => o.sectionId));
    const late = d.overdue.filter((o) => !demoLate.has(o.sectionId));
    expect(late.map((o) => [o.sectionId, o.owner, o.status, o.dueDate])).toEqual([
      ['S3_1', 'SCT', 'DU_THAO', '2021-01-10'],
      ['S4_4', 'SGTVT', 'DU_THAO', '2021-02-01'],
      ['S3_3', 'SCT', 'DU_THAO', '2021-03-01'],
    ]);
    for (const o of d.overdue) {
      expect(o.daysLate, o.sectionId).toBe(expectedDaysLate(o.dueDate, now));
      expect(o.titleVi.length).toBeGreaterThan(0);
      expect(o.number.length).toBeGreaterThan(0);
    }

    // The coordinator's changes are in the recent activity.
    expect(d.recent.some((r) => r.action === 'outline' && r.sectionId === 'S3_1')).toBe(true);

    // Submitting to the consultant ends the lateness.
    expectStatus(
      await as.sct.request('POST', '/api/sections/S3_3/status', { status: 'DA_GUI_TU_VAN' }),
      200,
      'submit',
    );
    const after = await dashboard();
    expect(rowOf(after, 'SCT')).toMatchObject({ overdue: 1, toAnswer: 2 });
    expect(after.overdue.map((o) => o.sectionId).filter((id) => !demoLate.has(id))).toEqual([
      'S3_1',
      'S4_4',
    ]);
    expect(after.recent[0]).toMatchObject({
      action: 'status',
      sectionId: 'S3_3',
      agency: 'SCT',
      actorName: as.sct.user.name,
    });
  });

  it('the recent activity shows names and agencies, not network addresses', async () => {
    expectStatus(
      await as.skhdt.request('PATCH', '/api/sections/S3_9', { dueDate: '2030-01-01' }),
      200,
      'an outline change',
    );
    const d = await dashboard(as.tv);
    expect(d.recent.length).toBeGreaterThan(0);
    for (const item of d.recent) {
      // The audit trail's addresses are for the coordinator and admin (GET /api/audit) only.
      expect(item, 'no network address on the dashboard').not.toHaveProperty('address');
      expect(Object.keys(item).sort()).toEqual(
        ['action', 'actorName', 'agency', 'at', 'detail', 'sectionId'].sort(),
      );
    }
  });

  it('word count, last editor and last activity follow what SCT types (within ~2 s)', async () => {
    const before = await dashboard();
    expect(rowOf(before, 'SCT')?.words).toBe(0);
    expect(rowOf(before, 'SCT')?.lastActivity).toBeNull();

    const typedAt = new Date().toISOString();
    const writer = connect(as.sct, 'S3_1');
    await synced(writer);
    const first = 'Quy hoạch phát triển công nghiệp tỉnh Lạng Sơn thời kỳ 2021–2030,';
    const second = 'tổng vốn 1.624,8 tỷ đồng, tăng trưởng 8,5%/năm.';
    writer.type(first);
    writer.type(second);
    const words = countWords(`${first} ${second}`);
    expect(words).toBe(20);

    const d = await waitFor(
      async () => {
        const now = await dashboard();
        const row = rowOf(now, 'SCT');
        return row && row.words === words && row.lastActivity ? now : null;
      },
      { timeout: 10_000, message: 'the SCT row counts the words typed' },
    );
    const row = rowOf(d, 'SCT');
    expect(row?.lastActivity && row.lastActivity >= typedAt).toBe(true);
    expect(row?.lastActivity && row.lastActivity <= d.asOf).toBe(true);
    // The editor is in the recent activity, and in the stored facts.
    expect(d.recent).toContainEqual(
      expect.objectContaining({ action: 'edit', sectionId: 'S3_1', actorName: as.sct.user.name }),
    );
    const facts = await fixture.server.planfold.store.workflow.facts();
    expect(facts.find((f) => f.sectionId === 'S3_1')).toMatchObject({
      words,
      lastEditedBy: as.sct.user.id,
      lastEditedByName: as.sct.user.name,
    });

    // Another editor of the agency deletes a paragraph and adds one: the facts follow.
    const colleague = connect(as.sct2, 'S3_1');
    await synced(colleague);
    await waitFor(() => colleague.text().includes('1.624,8'), {
      message: 'colleague has the text',
    });
    colleague.body.delete(0, 1);
    colleague.type('Ưu tiên công nghiệp chế biến nông, lâm sản.');
    const later = countWords(`${second} Ưu tiên công nghiệp chế biến nông, lâm sản.`);
    await waitFor(
      async () => {
        const f = (await fixture.server.planfold.store.workflow.facts()).find(
          (x) => x.sectionId === 'S3_1',
        );
        return f?.words === later && f.lastEditedBy === as.sct2.user.id;
      },
      { timeout: 10_000, message: 'the facts follow the second editor' },
    );
    await waitFor(async () => rowOf(await dashboard(), 'SCT')?.words === later, {
      timeout: 10_000,
      message: 'the dashboard shows the new count',
    });
  });
});
