/**
 * Every pair of section commands (lock, unlock, assign, two status changes, an outline rename and
 * an outline move) sent together, from an unlocked and from a locked section, on SQLite and on
 * PostgreSQL. The outcome — both answers, the section, the plan's order, the status history and
 * the audit rows — must be one that running the two one after the other gives, and the database
 * must hold what the live directory shows. Before commands were serialized per plan, `assign`
 * wrote back the lock it had read before a concurrent `lock`, silently undoing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SectionRecord } from '../../server/store/plans.js';
import { sectionRow } from '../../server/store/plans.js';
import { login, type ApiClient } from '../helpers/api.js';
import {
  dropSchema,
  postgresForTests,
  registerPostgresUnavailable,
  uniqueSchemaName,
} from '../helpers/postgres.js';
import { PLAN_ID } from '../helpers/review.js';
import { startServer, type TestServer } from '../helpers/server.js';

const SECTION = 'S3_1';
/** Concurrent runs of each pair from each starting state. */
const TRIES = 2;

type Command = (as: ApiClient) => Promise<number>;

const send =
  (method: string, path: string, body?: unknown): Command =>
  async (as) =>
    (await as.request(method, path, body)).status;

const COMMANDS: Record<string, Command> = {
  lock: send('POST', `/api/sections/${SECTION}/lock`, { note: 'race' }),
  unlock: send('DELETE', `/api/sections/${SECTION}/lock`),
  assign: send('PUT', `/api/sections/${SECTION}/assignment`, {
    owner: 'SCT',
    contributors: ['SKHCN', 'STNMT'],
    writers: ['STNMT'],
  }),
  submit: send('POST', `/api/sections/${SECTION}/status`, { status: 'DA_GUI_TU_VAN' }),
  approve: send('POST', `/api/sections/${SECTION}/status`, { status: 'DA_DUYET_KHOA' }),
  rename: send('PATCH', `/api/sections/${SECTION}`, {
    titleVi: 'Công nghiệp (đổi tên)',
    dueDate: '2027-03-31',
  }),
  move: send('PATCH', `/api/sections/${SECTION}`, { index: 0 }),
};
const NAMES = Object.keys(COMMANDS);
const PAIRS = NAMES.flatMap((a, i) => NAMES.slice(i).map((b) => [a, b] as const));

/** What a command can change, without its timestamps. */
function facts(s: SectionRecord): unknown {
  const { lock, ...rest } = s;
  return { ...rest, lock: lock && { by: lock.by, note: lock.note } };
}

function stored(s: SectionRecord): unknown {
  const { locked_at: _at, ...row } = sectionRow(s);
  return row;
}

function raceSuite(name: string, start: () => Promise<TestServer>, dispose: () => Promise<void>) {
  describe(`commands on one section, raced in pairs (${name})`, () => {
    let server: TestServer;
    let coordinator: ApiClient;
    let seeded: SectionRecord[];

    beforeAll(async () => {
      server = await start();
      coordinator = await login(server, 'skhdt');
      seeded = server.planfold.directory.sectionsOf(PLAN_ID);
    });
    afterAll(async () => {
      await server?.stop();
      await dispose();
    });

    /** Puts back the sections that differ from how the plan started, the section locked or not. */
    async function reset(locked: boolean): Promise<void> {
      const { store, directory } = server.planfold;
      const lock = {
        by: coordinator.user.id,
        byName: '',
        byAgency: 'SKHDT',
        at: 'x',
        note: 'start',
      };
      for (const s of seeded) {
        const wanted = s.id === SECTION ? { ...s, lock: locked ? lock : null } : s;
        const now = directory.anySection(s.id);
        if (now && JSON.stringify(sectionRow(now)) === JSON.stringify(sectionRow(wanted))) continue;
        const { id: _id, ...row } = sectionRow(wanted);
        await store.plans.updateSection(s.id, row);
        directory.update(wanted);
      }
    }

    /** Runs `work` from a fresh start and describes everything it changed. */
    async function outcome(locked: boolean, work: () => Promise<number[]>): Promise<unknown> {
      await reset(locked);
      const { store, directory } = server.planfold;
      const historyBefore = (await store.workflow.statusHistory(SECTION)).length;
      const auditBefore = (await store.audit.query({ sectionId: SECTION, limit: 10_000 })).length;
      const answers = await work();
      const history = await store.workflow.statusHistory(SECTION);
      const live = directory.sectionsOf(PLAN_ID);
      // The database holds what the directory shows (the lock, the assignment, the order).
      const inDatabase = (await store.plans.allSections()).filter(
        (s) => s.planId === PLAN_ID && !s.deletedAt,
      );
      expect(inDatabase.map(stored)).toEqual(
        inDatabase.map((s) => stored(directory.anySection(s.id)!)),
      );
      return {
        answers,
        section: facts(directory.section(SECTION)!),
        order: live.map((s) => s.id),
        history: history.slice(0, history.length - historyBefore).map((h) => [h.from, h.to]),
        audit:
          (await store.audit.query({ sectionId: SECTION, limit: 10_000 })).length - auditBefore,
      };
    }

    it.each(PAIRS)('%s ∥ %s ends as if run one after the other', async (a, b) => {
      const first = COMMANDS[a]!;
      const second = COMMANDS[b]!;
      for (const locked of [false, true]) {
        const serial = [
          await outcome(locked, async () => [await first(coordinator), await second(coordinator)]),
          await outcome(locked, async () => {
            const later = await second(coordinator);
            return [await first(coordinator), later];
          }),
        ];
        for (let i = 0; i < TRIES; i++) {
          const raced = await outcome(locked, () =>
            Promise.all([first(coordinator), second(coordinator)]),
          );
          expect(serial, `${a} ∥ ${b} from ${locked ? 'locked' : 'unlocked'}`).toContainEqual(
            raced,
          );
        }
      }
    });
  });
}

raceSuite(
  'SQLite',
  () => startServer(),
  () => Promise.resolve(),
);

const postgres = await postgresForTests();
if (postgres.status === 'available') {
  const schema = uniqueSchemaName('planfold_races');
  raceSuite(
    'PostgreSQL',
    () =>
      startServer({
        // The test's own schema, so parallel runs do not share a plan.
        config: { database: { kind: 'postgres', url: postgres.url, schema } },
      }),
    () => dropSchema(postgres.url, schema),
  );
} else {
  describe('commands raced in pairs on PostgreSQL', () =>
    registerPostgresUnavailable(postgres, 'the command races'));
}
