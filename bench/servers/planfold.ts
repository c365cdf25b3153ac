import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import * as Y from 'yjs';
import { seedDemoPlan } from '../../server/seed/demoPlan.js';
import { sectionRow, type SectionRecord } from '../../server/store/plans.js';
import { columnTypes } from '../../server/store/dialect.js';
import { SqlDocumentStore } from '../../server/store/documents.js';
import { Store } from '../../server/store/store.js';
import { bigDocument } from '../client/docs.js';
import { yWebsocketWire } from '../client/wire.js';
import { freePort, type ServerProcess } from './launch.js';
import {
  launch,
  type LaunchContext,
  type Target,
  type TargetFactory,
  type UnloadProbe,
} from './target.js';

const DB_FILE = 'planfold.sqlite';
const CHUNK = 500;

/** How many typing rooms any workload may ask for. */
function roomsNeeded(ctx: LaunchContext): number {
  const { w1, w2, w5 } = ctx.params;
  return Math.max(w1.rooms, Math.ceil(w2.maxClients / w2.roomSize) + 1, w5.backgroundRooms, 4);
}

/**
 * (a) PlanFold as shipped: its own entry point, SQLite, sessions, origin checks and policy.
 * A template data directory is seeded once (the demo plan plus writable bench sections and W5's
 * stored documents, all owned by SCT and in draft); every workload starts on a fresh copy.
 */
export function planfoldFactory(ctx: LaunchContext, withStoredDocs: boolean): TargetFactory {
  let template: string | null = null;
  const cold = withStoredDocs ? ctx.params.w5.loadsPerVariant : 0;
  const coldRooms = {
    compacted: Array.from({ length: cold }, (_, i) => `bench_c${i}`),
    log: Array.from({ length: cold }, (_, i) => `bench_l${i}`),
  };

  async function seed(dir: string): Promise<void> {
    const store = await Store.open({ kind: 'sqlite', file: path.join(dir, DB_FILE) });
    try {
      if (await store.plans.isEmpty()) await seedDemoPlan(store);
      const planId = (await store.plans.plans())[0]?.id;
      if (!planId) throw new Error('the demo plan was not seeded');
      const ids = [
        ...Array.from({ length: roomsNeeded(ctx) }, (_, i) => `bench_r${i}`),
        ...coldRooms.compacted,
        ...coldRooms.log,
      ];
      const rows = ids.map((id, i) => sectionRow(benchSection(planId, id, 100_000 + i)));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await store.db
          .insertInto('sections')
          .values(rows.slice(i, i + CHUNK))
          .execute();
      }
      if (cold === 0) return;
      const { w5 } = ctx.params;
      const big = bigDocument(w5.paragraphs, w5.charsPerParagraph, w5.logUpdates);
      // Straight into the database's log (not the journal), like documents stored before it.
      const documents = new SqlDocumentStore(store.db, columnTypes('sqlite'));
      // Snapshots as PlanFold compacts them: with their state vectors.
      const compactedVector = Y.encodeStateVectorFromUpdate(big.compacted);
      const baseVector = Y.encodeStateVectorFromUpdate(big.base);
      for (const id of coldRooms.compacted) {
        const seq = await documents.append(id, big.compacted, null);
        await documents.compact(id, big.compacted, seq ?? 0, compactedVector);
      }
      for (const id of coldRooms.log) {
        const seq = await documents.append(id, big.base, null);
        await documents.compact(id, big.base, seq ?? 0, baseVector);
        // 10,000 single appends would take minutes; one transaction of bulk inserts takes a second.
        await store.db.transaction().execute(async (trx) => {
          for (let i = 0; i < big.log.length; i += CHUNK) {
            const chunk = big.log.slice(i, i + CHUNK).map((data) => ({ doc: id, data }));
            await trx.insertInto('doc_updates').values(chunk).execute();
          }
        });
      }
    } finally {
      await store.close();
    }
  }

  async function boot(dataDir: string, port?: number): Promise<Target> {
    const script = path.join(ctx.root, 'server', 'index.ts');
    const env = { DATA_DIR: dataDir, PLANFOLD_DEMO: '1' };
    const prof = ctx.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', ctx.outDir] : [];
    const server = await launchPlanfold(ctx, script, env, prof, port);
    const cookie = await login(server);
    const wire = yWebsocketWire(`ws://127.0.0.1:${server.port}`, '/collab/', {
      Cookie: cookie,
      Origin: server.origin,
    });
    return {
      name: 'planfold',
      server,
      wire,
      room: (i) => `bench_r${i}`,
      storedRooms: coldRooms,
      unloads: compactionProbe(path.join(dataDir, DB_FILE)),
      dataDir,
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
      killAndRestart: async () => {
        await server.kill9();
        return boot(dataDir, server.port);
      },
    };
  }

  return {
    name: 'planfold',
    async prepare() {
      template = mkdtempSync(path.join(os.tmpdir(), 'planfold-bench-template-'));
      await seed(template);
    },
    async start() {
      if (!template) throw new Error('prepare() first');
      const dir = mkdtempSync(path.join(os.tmpdir(), 'planfold-bench-'));
      cpSync(template, dir, { recursive: true });
      return boot(dir);
    },
    cleanup() {
      if (template) rmSync(template, { recursive: true, force: true });
    },
  };
}

function benchSection(planId: string, id: string, position: number): SectionRecord {
  return {
    id,
    planId,
    number: `B.${position}`,
    titleVi: `Mục đo hiệu năng ${id}`,
    titleEn: `Benchmark section ${id}`,
    parentId: null,
    position,
    owner: 'SCT',
    contributors: [],
    writers: [],
    synthesis: false,
    status: 'DU_THAO',
    lock: null,
    dueDate: null,
    deletedAt: null,
  };
}

async function launchPlanfold(
  ctx: LaunchContext,
  script: string,
  env: Record<string, string>,
  prof: string[],
  port?: number,
): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  return launch(
    ctx,
    'planfold',
    script,
    { ...env, PUBLIC_ORIGIN: `http://127.0.0.1:${chosen}` },
    chosen,
    prof,
  );
}

async function login(server: ServerProcess): Promise<string> {
  const response = await fetch(`${server.origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin },
    body: JSON.stringify({ username: 'sct', password: 'demo-2030' }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('planfold_session='));
  if (!response.ok || !cookie) throw new Error(`PlanFold login failed: ${response.status}`);
  return cookie;
}

/**
 * PlanFold has no unload event to listen to, but its registry compacts a room's log into a
 * snapshot just before dropping it: a new snapshot row is the unload, to within one poll.
 */
function compactionProbe(file: string): UnloadProbe {
  let before = new Map<string, number>();
  const seen = new Map<string, number>();
  const read = (): Map<string, number> => {
    const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT doc, through_seq FROM doc_snapshots').all() as {
        doc: string;
        through_seq: number;
      }[];
      return new Map(rows.map((r) => [r.doc, r.through_seq]));
    } finally {
      db.close();
    }
  };
  return {
    start: () => {
      before = read();
      seen.clear();
    },
    poll: () => {
      const now = performance.now();
      for (const [doc, seq] of read()) {
        if (before.get(doc) !== seq && !seen.has(doc)) seen.set(doc, now);
      }
      return seen;
    },
    method: 'compaction snapshot written at unload (SQLite polled every 20 ms)',
  };
}
