/**
 * The demo a newcomer opens: text in at least a dozen sections, overdue sections, comment
 * threads (open, answered, resolved), sections at later statuses and a locked one.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_TEXTS } from '../../server/seed/demoTexts.js';
import { synced } from '../helpers/collabClient.js';
import { useSignedInServer } from '../helpers/signedInServer.js';

const PLAN = 'QHT-LS-2021-2030';
const fixture = useSignedInServer(['skhdt', 'bcd']);

interface Dashboard {
  totals: { byStatus: Record<string, number>; overdue: number; openThreads: number };
  overdue: { sectionId: string }[];
  recent: { action: string; sectionId: string | null }[];
}
interface Thread {
  resolved: boolean;
  response: { kind: string } | null;
  messages: unknown[];
}

describe('the demo plan at first sight', () => {
  it('has text in at least twelve sections, served to the editor', async () => {
    const ids = Object.keys(DEMO_TEXTS);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of ids) {
      const client = fixture.connect(fixture.as.bcd, id);
      await synced(client);
      const first = DEMO_TEXTS[id]?.find((b): b is string => typeof b === 'string') ?? '';
      expect(client.text(), id).toContain(first.slice(0, 40));
      client.destroy();
    }
  });

  it('shows overdue sections, open comments and several statuses on the dashboard', async () => {
    const response = await fixture.as.skhdt.request<Dashboard>(
      'GET',
      `/api/plans/${PLAN}/dashboard`,
    );
    expect(response.status).toBe(200);
    const { totals, overdue } = response.body;
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(totals.openThreads).toBeGreaterThanOrEqual(3);
    expect(Object.values(totals.byStatus).filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
    // Recent activity: who wrote and who moved sections, from the demo's own audit trail.
    const actions = new Set(response.body.recent.map((r) => r.action));
    expect(actions.has('edit') && actions.has('status')).toBe(true);
  });

  it('has a locked, approved section and threads answered formally, open and resolved', async () => {
    const plan = await fixture.as.bcd.request<{
      sections: { id: string; status: string; lock: unknown }[];
    }>('GET', `/api/plans/${PLAN}`);
    const approved = plan.body.sections.find((s) => s.id === 'S1_1');
    expect(approved?.status).toBe('DA_DUYET_KHOA');
    expect(approved?.lock).not.toBeNull();

    const threads: Thread[] = [];
    for (const id of ['S1_2', 'S1_3', 'S2_2', 'S4_1', 'S6_1', 'S3_4']) {
      const r = await fixture.as.bcd.request<{ threads: Thread[] }>(
        'GET',
        `/api/sections/${id}/threads`,
      );
      expect(r.status, id).toBe(200);
      threads.push(...r.body.threads);
    }
    expect(threads.length).toBeGreaterThanOrEqual(5);
    const kinds = new Set(threads.flatMap((t) => (t.response ? [t.response.kind] : [])));
    expect(kinds).toEqual(new Set(['accepted', 'explained', 'rejected']));
    expect(threads.some((t) => t.resolved)).toBe(true);
    expect(threads.some((t) => !t.resolved && t.response === null)).toBe(true);
    expect(threads.some((t) => t.messages.length > 1)).toBe(true);
  });
});
