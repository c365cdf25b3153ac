/**
 * Section statuses over real HTTP and live stock providers: validation, who may make which
 * transition, the recorded history, and the status deciding who writes on connections that are
 * already open (consultation freezes the text at once; the consultant writes in
 * DA_GUI_TU_VAN; approval locks), with the plan room showing each change live.
 */
import { describe, expect, it } from 'vitest';
import type { StatusCode } from '../../shared/statuses.js';
import { rawRequest, type ApiClient } from '../helpers/api.js';
import { synced } from '../helpers/collabClient.js';
import {
  openThread,
  PLAN_ID,
  PLAN_ROOM,
  planSection,
  type ErrorReply,
  type PlanReply,
  type SectionReply,
} from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';
import type { StatusChangeRecord } from '../../server/store/workflow.js';

const USERS = ['sct', 'sct2', 'tv', 'skhdt', 'sgtvt', 'bcd', 'admin'] as const;
type Username = (typeof USERS)[number];

describe('section workflow', () => {
  const fixture = useSignedInServer(USERS);
  const { as, connect } = fixture;

  const setStatus = (who: ApiClient, sectionId: string, status: string, note?: string) =>
    who.request<SectionReply & ErrorReply>('POST', `/api/sections/${sectionId}/status`, {
      status,
      ...(note === undefined ? {} : { note }),
    });
  const history = async (sectionId: string): Promise<StatusChangeRecord[]> => {
    const r = await as.bcd.request<{ history: StatusChangeRecord[] }>(
      'GET',
      `/api/sections/${sectionId}/history`,
    );
    expect(r.status).toBe(200);
    return r.body.history;
  };
  const statusOf = async (sectionId: string): Promise<StatusCode | undefined> => {
    const plan = await as.bcd.request<PlanReply>('GET', `/api/plans/${PLAN_ID}`);
    return plan.body.sections.find((s) => s.id === sectionId)?.status;
  };

  it('validates the request: 400, 401, 404', async () => {
    for (const body of [
      { status: 'NOPE' },
      { status: 'du_thao' },
      {},
      { status: 42 },
      { status: 'DU_THAO', note: 5 },
      { status: 'DU_THAO', note: 'x'.repeat(2001) },
    ]) {
      const r = await as.skhdt.request<ErrorReply>('POST', '/api/sections/S3_3/status', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('invalid-request');
    }
    expect((await setStatus(as.skhdt, 'NO_SUCH', 'DU_THAO')).status).toBe(404);
    const anonymous = await rawRequest(fixture.server, 'POST', '/api/sections/S3_3/status', {
      body: { status: 'DA_GUI_TU_VAN' },
    });
    expect(anonymous.status).toBe(401);
    expect((await rawRequest(fixture.server, 'GET', '/api/sections/S3_3/history')).status).toBe(
      401,
    );
    expect((await as.sct.request('GET', '/api/sections/NO_SUCH/history')).status).toBe(404);
    expect(await statusOf('S3_3')).toBe('DU_THAO');
    expect(await history('S3_3')).toEqual([]);
  });

  it('403 for transitions the actor may not make, 200 for those it may; history records who, when, note', async () => {
    const refused: [Username, string][] = [
      ['sct', 'DANG_GOP_Y'], // the owner cannot open consultation
      ['sct', 'DA_DUYET_KHOA'],
      ['sgtvt', 'DA_GUI_TU_VAN'], // a contributor is not the owner
      ['tv', 'DANG_GOP_Y'], // the consultant takes over only once submitted
      ['bcd', 'DA_GUI_TU_VAN'],
      ['admin', 'DA_GUI_TU_VAN'],
    ];
    for (const [who, to] of refused) {
      const r = await setStatus(as[who], 'S3_3', to);
      expect(r.status, `${who} → ${to}`).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect(await statusOf('S3_3')).toBe('DU_THAO');

    const steps: [Username, StatusCode, string][] = [
      ['sct', 'DA_GUI_TU_VAN', 'Gửi tư vấn tích hợp'],
      ['tv', 'DANG_GOP_Y', 'Mở góp ý'],
      ['tv', 'DU_THAO', 'Trả lại để hoàn thiện số liệu'],
      ['sct2', 'CHUA_BAT_DAU', 'Làm lại từ đầu'],
    ];
    const before = new Date().toISOString();
    for (const [who, to, note] of steps) {
      const r = await setStatus(as[who], 'S3_3', to, note);
      expect(r.status, `${who} → ${to}`).toBe(200);
      expect(r.body.section).toMatchObject({ id: 'S3_3', status: to, locked: false });
    }
    const after = new Date().toISOString();
    expect(await statusOf('S3_3')).toBe('CHUA_BAT_DAU');

    const recorded = await history('S3_3');
    expect(recorded.map((h) => [h.from, h.to, h.actorId, h.actorName, h.agency, h.note])).toEqual([
      ['DU_THAO', 'CHUA_BAT_DAU', as.sct2.user.id, as.sct2.user.name, 'SCT', 'Làm lại từ đầu'],
      [
        'DANG_GOP_Y',
        'DU_THAO',
        as.tv.user.id,
        as.tv.user.name,
        'TV',
        'Trả lại để hoàn thiện số liệu',
      ],
      ['DA_GUI_TU_VAN', 'DANG_GOP_Y', as.tv.user.id, as.tv.user.name, 'TV', 'Mở góp ý'],
      ['DU_THAO', 'DA_GUI_TU_VAN', as.sct.user.id, as.sct.user.name, 'SCT', 'Gửi tư vấn tích hợp'],
    ]);
    for (const h of recorded) {
      expect(h.sectionId).toBe('S3_3');
      expect(h.at >= before && h.at <= after, h.at).toBe(true);
    }
    // Newest first.
    const times = recorded.map((h) => h.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('the status decides who writes, on connections already open', async () => {
    const plan = connect(as.bcd, PLAN_ROOM);
    const owner = connect(as.sct, 'S3_1');
    const consultant = connect(as.tv, 'S3_1');
    await Promise.all([synced(plan), synced(owner), synced(consultant)]);
    await waitFor(() => planSection(plan.doc, 'S3_1')?.status === 'DU_THAO', {
      message: 'the plan room shows S3_1 in draft',
    });

    /** What the fixture.server holds: a fresh provider's view once synced. */
    const serverText = async (): Promise<string> => {
      const probe = connect(as.skhdt, 'S3_1');
      await synced(probe);
      return probe.text();
    };

    // DU_THAO: the owner writes, everyone sees it.
    owner.type('Bản dự thảo của Sở Công Thương.');
    await waitFor(() => consultant.text().includes('Bản dự thảo'), { message: 'draft relayed' });

    // The coordinator opens consultation while SCT's provider is open.
    const opened = await setStatus(as.skhdt, 'S3_1', 'DANG_GOP_Y', 'Mở lấy ý kiến các sở');
    expect(opened.status).toBe(200);
    expect(opened.body.section.status).toBe('DANG_GOP_Y');
    await waitFor(() => planSection(plan.doc, 'S3_1')?.status === 'DANG_GOP_Y', {
      timeout: 1_000,
      message: 'the plan room shows DANG_GOP_Y',
    });

    owner.type('Sửa trong lúc đang góp ý.');
    await waitFor(() => owner.refusals.includes('status'), {
      message: "SCT's write refused with reason status",
    });
    expect(owner.refusals).toEqual(['status']);
    expect(consultant.text()).not.toContain('Sửa trong lúc');
    const frozen = await serverText();
    expect(frozen).toContain('Bản dự thảo của Sở Công Thương.');
    expect(frozen).not.toContain('Sửa trong lúc');

    // Comments stay open during consultation.
    await openThread(as.tv, 'S3_1', 'Góp ý trong thời gian lấy ý kiến.');

    // DA_GUI_TU_VAN: the consultant writes, the owner may not.
    expect((await setStatus(as.skhdt, 'S3_1', 'DA_GUI_TU_VAN', 'Tư vấn tích hợp lại')).status).toBe(
      200,
    );
    await waitFor(() => planSection(plan.doc, 'S3_1')?.status === 'DA_GUI_TU_VAN', {
      timeout: 1_000,
      message: 'the plan room shows DA_GUI_TU_VAN',
    });
    consultant.type('Tư vấn tích hợp đã chỉnh sửa.');
    const refusedBefore = owner.refusals.length;
    owner.type('Sở vẫn muốn sửa.');
    await waitFor(() => owner.refusals.length > refusedBefore, { message: 'SCT refused again' });
    expect(owner.refusals.at(-1)).toBe('status');
    // Relayed to the owner means stored: the fixture.server stores before it relays.
    await waitFor(() => owner.text().includes('Tư vấn tích hợp đã chỉnh sửa.'), {
      message: "the consultant's edit reaches the owner",
    });
    expect(await serverText()).toContain('Tư vấn tích hợp đã chỉnh sửa.');
    expect(consultant.refusals).toEqual([]);
    expect(await serverText()).not.toContain('Sở vẫn muốn sửa.');

    // Approval: only the coordinator, and it locks at once.
    for (const who of ['sct', 'tv', 'bcd', 'admin'] as const) {
      const r = await setStatus(as[who], 'S3_1', 'DA_DUYET_KHOA');
      expect(r.status, who).toBe(403);
    }
    const approved = await setStatus(as.skhdt, 'S3_1', 'DA_DUYET_KHOA', 'Đã phê duyệt');
    expect(approved.status).toBe(200);
    expect(approved.body.section).toMatchObject({
      status: 'DA_DUYET_KHOA',
      locked: true,
      lock: { by: as.skhdt.user.id, byAgency: 'SKHDT', note: 'Đã phê duyệt' },
    });
    await waitFor(
      () => {
        const s = planSection(plan.doc, 'S3_1');
        return s?.status === 'DA_DUYET_KHOA' && s.locked === true;
      },
      { timeout: 1_000, message: 'the plan room shows S3_1 approved and locked' },
    );
    consultant.type('Sửa sau khi phê duyệt.');
    await waitFor(() => consultant.refusals.includes('locked'), {
      message: "the consultant's write refused: locked",
    });
    expect(await serverText()).not.toContain('Sửa sau khi phê duyệt.');

    // A locked section's status is the coordinator's alone (409: the lock is in the way).
    expect((await setStatus(as.sct, 'S3_1', 'DU_THAO')).status).toBe(409);
    expect((await setStatus(as.tv, 'S3_1', 'HOAN_THIEN_SAU_THAM_DINH')).status).toBe(409);

    const recorded = await history('S3_1');
    expect(recorded.map((h) => [h.from, h.to, h.agency])).toEqual([
      ['DA_GUI_TU_VAN', 'DA_DUYET_KHOA', 'SKHDT'],
      ['DANG_GOP_Y', 'DA_GUI_TU_VAN', 'SKHDT'],
      ['DU_THAO', 'DANG_GOP_Y', 'SKHDT'],
    ]);
    expect(recorded[2]?.note).toBe('Mở lấy ý kiến các sở');
  });

  it('the consultant moves a section through review and back to draft, never approves', async () => {
    expect((await setStatus(as.sct, 'S4_5', 'DA_GUI_TU_VAN')).status).toBe(200);
    const path: StatusCode[] = [
      'DANG_GOP_Y',
      'DA_TIEP_THU',
      'TRINH_BCD',
      'TRINH_THAM_DINH',
      'HOAN_THIEN_SAU_THAM_DINH',
      'TRINH_PHE_DUYET',
      'TRINH_BCD',
    ];
    // The last step goes back, with its reason.
    for (const to of path) {
      expect((await setStatus(as.tv, 'S4_5', to, `Chuyển sang ${to}`)).status, to).toBe(200);
    }
    expect((await setStatus(as.tv, 'S4_5', 'DA_DUYET_KHOA')).status).toBe(403);
    expect((await setStatus(as.tv, 'S4_5', 'CHUA_BAT_DAU')).status).toBe(403);
    // The owner may not pull it back from review.
    expect((await setStatus(as.sct, 'S4_5', 'DU_THAO')).status).toBe(403);
    expect((await setStatus(as.tv, 'S4_5', 'DU_THAO', 'Trả lại để sửa')).status).toBe(200);
    expect(await statusOf('S4_5')).toBe('DU_THAO');
    expect((await history('S4_5')).length).toBe(path.length + 2);
  });

  it('the coordinator may set any status, including on its own section and backwards', async () => {
    for (const to of ['TRINH_THAM_DINH', 'CHUA_BAT_DAU', 'DA_TIEP_THU'] as const) {
      const r = await setStatus(as.skhdt, 'S1_4', to, `Chuyển sang ${to}`);
      expect(r.status, to).toBe(200);
      expect(r.body.section.status).toBe(to);
    }
  });
  it('a backwards move without a reason is refused (400 reason-required) and changes nothing', async () => {
    // The demo has S1_2 submitted to the consultant; the coordinator may move it anywhere.
    expect(await statusOf('S1_2')).toBe('DA_GUI_TU_VAN');
    const historyBefore = await history('S1_2');
    for (const note of [undefined, '', '   ']) {
      const r = await setStatus(as.skhdt, 'S1_2', 'DU_THAO', note);
      expect(r.status, JSON.stringify(note)).toBe(400);
      expect(r.body.error.code).toBe('reason-required');
    }
    expect(await statusOf('S1_2')).toBe('DA_GUI_TU_VAN');
    expect(await history('S1_2')).toEqual(historyBefore);
    expect((await setStatus(as.skhdt, 'S1_2', 'DU_THAO', 'Thiếu số liệu năm 2020')).status).toBe(
      200,
    );
  });
});
