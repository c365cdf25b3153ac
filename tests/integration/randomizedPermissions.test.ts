/**
 * Many clients of several agencies write several sections while the coordinator flips locks,
 * owners, write grants and statuses at random. At the end every section holds exactly the edits
 * its permitted writers made while they were permitted: each once, nothing else.
 *
 * The oracle is exact: the test runs in epochs. Between epochs the writers are quiet and the
 * test changes permissions (over REST, awaiting each answer); within an epoch every writer sends
 * one uniquely named paragraph to every section, so each token is sent under known section
 * facts, and the shared policy says whether it must be taken. An epoch ends when every token
 * that must be taken has reached a read-only observer and every token that must be refused has
 * been refused (with the predicted reason) — no sleeps, no "probably".
 *
 * The seed is printed; set PLANFOLD_RANDOM_SEED to replay a run.
 */
import { MAX_REFUSALS } from '../../server/collab/refusalTally.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { PublicUser, SectionFacts } from '../../shared/model.js';
import { decide } from '../../shared/policy.js';
import type { StatusCode } from '../../shared/statuses.js';
import { login, type ApiClient } from '../helpers/api.js';
import { bodyText, connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import {
  connectRaw,
  detachedParagraphUpdate,
  prng,
  storedState,
  type RawClient,
} from '../helpers/rawClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

const PLAN = 'QHT-LS-2021-2030';
const SECTIONS = ['S3_1', 'S4_4', 'S7_1', 'MD'] as const;
type SectionId = (typeof SECTIONS)[number];
/** Two SCT editors, an SGTVT editor, a coordinator's staff member, the consultant, a leader. */
const WRITERS = ['sct', 'sct2', 'sgtvt', 'skhdt2', 'tv', 'bcd'] as const;
type WriterName = (typeof WRITERS)[number];
const AGENCIES = ['SCT', 'SGTVT', 'SKHDT', 'TV'];
const STATUSES: StatusCode[] = [
  'CHUA_BAT_DAU',
  'DU_THAO',
  'DU_THAO',
  'DU_THAO',
  'DA_GUI_TU_VAN',
  'DANG_GOP_Y',
  'DA_TIEP_THU',
];
/**
 * A connection is refused at most once per epoch: below the server's limit per user and section
 * (which reconnecting does not reset), so nobody is let go for the test's own randomness.
 */
const EPOCHS = MAX_REFUSALS - 1;
/** Connections that collected this many refusals reconnect, as a real client would. */
const ROTATE_AT = 12;
const TOKEN = /\[e\d+:[a-z0-9]+:[A-Z0-9_]+\]/g;

interface SectionView extends SectionFacts {
  id: string;
}
interface Sent {
  token: string;
  epoch: number;
  writer: WriterName;
  section: SectionId;
  permitted: boolean;
  reason: string | null;
}
interface Connection {
  writer: WriterName;
  section: SectionId;
  client: RawClient;
  /** Refusals this socket must have received once the current epoch is settled. */
  expectedRefusals: string[];
}

let server: TestServer;
const raws: RawClient[] = [];
const stock: CollabClient[] = [];

const tokensIn = (doc: Y.Doc): string[] => bodyText(doc.getXmlFragment('body')).match(TOKEN) ?? [];

beforeEach(async () => {
  server = await startServer();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of stock.splice(0)) c.destroy();
  for (const c of raws.splice(0)) c.close();
  await server.stop();
});

async function raw(who: ApiClient, room: string): Promise<RawClient> {
  const c = await connectRaw(server, who, room);
  raws.push(c);
  await c.synced();
  return c;
}

describe('randomized permissions', () => {
  it('every section holds exactly the edits its permitted writers made while permitted', async () => {
    const seed = Number(process.env.PLANFOLD_RANDOM_SEED ?? Date.now() % 1_000_000);
    console.info(`randomizedPermissions seed: ${seed} (replay: PLANFOLD_RANDOM_SEED=${seed})`);
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => {
      const item = items[Math.floor(random() * items.length)];
      if (item === undefined) throw new Error('empty');
      return item;
    };

    const coordinator = await login(server, 'skhdt');
    const readerApi = await login(server, 'bcd2'); // a leader: reads everything, writes nothing
    const apis = new Map<WriterName, ApiClient>();
    for (const name of WRITERS) apis.set(name, await login(server, name));
    const userOf = (name: WriterName): PublicUser => {
      const api = apis.get(name);
      if (!api) throw new Error(name);
      return api.user;
    };

    // The section facts as the server last told us.
    const facts = new Map<SectionId, SectionFacts>();
    const remember = (view: SectionView): void => {
      if (!(SECTIONS as readonly string[]).includes(view.id)) return;
      const { owner, contributors, writers, status, lock } = view;
      facts.set(view.id as SectionId, { owner, contributors, writers, status, lock });
    };
    const plan = await coordinator.request<{ sections: SectionView[] }>(
      'GET',
      `/api/plans/${PLAN}`,
    );
    for (const s of plan.body.sections) remember(s);
    const factsOf = (id: SectionId): SectionFacts => {
      const f = facts.get(id);
      if (!f) throw new Error(`no facts for ${id}`);
      return f;
    };

    // Observers: a read-only raw client per section (sees every relayed write), and a stock one.
    const observers = new Map<SectionId, RawClient>();
    const stockObservers = new Map<SectionId, CollabClient>();
    for (const id of SECTIONS) {
      observers.set(id, await raw(readerApi, id));
      const s = connectClient(server, coordinator, id);
      stock.push(s);
      stockObservers.set(id, s);
    }
    await Promise.all([...stockObservers.values()].map((s) => synced(s)));

    const connections: Connection[] = [];
    for (const writer of WRITERS) {
      for (const section of SECTIONS) {
        const api = apis.get(writer);
        if (!api) throw new Error(writer);
        connections.push({
          writer,
          section,
          client: await raw(api, section),
          expectedRefusals: [],
        });
      }
    }

    const sent: Sent[] = [];
    const flipLog: string[] = [];

    /** One random change of permissions, made by the coordinator and awaited. */
    async function flip(): Promise<void> {
      const id = pick(SECTIONS);
      const current = factsOf(id);
      const roll = random();
      let response;
      // locks are undone more often than made, so most epochs have writable sections
      if (current.lock ? roll < 0.6 : roll < 0.25) {
        response = current.lock
          ? await coordinator.request<{ section: SectionView }>(
              'DELETE',
              `/api/sections/${id}/lock`,
            )
          : await coordinator.request<{ section: SectionView }>(
              'POST',
              `/api/sections/${id}/lock`,
              {
                note: `random ${seed}`,
              },
            );
        flipLog.push(`${current.lock ? 'unlock' : 'lock'} ${id}`);
      } else if (roll < 0.75) {
        const owner = pick(AGENCIES);
        const contributors = AGENCIES.filter((a) => a !== owner);
        const writers = contributors.filter(() => random() < 0.5);
        response = await coordinator.request<{ section: SectionView }>(
          'PUT',
          `/api/sections/${id}/assignment`,
          { owner, contributors, writers },
        );
        flipLog.push(`assign ${id} owner=${owner} writers=${writers.join('+') || '-'}`);
      } else {
        const status = pick(STATUSES);
        response = await coordinator.request<{ section: SectionView }>(
          'POST',
          `/api/sections/${id}/status`,
          { status, note: 'Thay đổi ngẫu nhiên' },
        );
        flipLog.push(`status ${id} ${status}`);
      }
      expect(response.status, flipLog.at(-1)).toBe(200);
      remember(response.body.section);
    }

    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      if (epoch > 0) {
        const flips = 1 + Math.floor(random() * 2);
        for (let i = 0; i < flips; i++) await flip();
      }

      // A socket close to the server's refusal limit reconnects, as a real client would.
      for (const c of connections) {
        if (c.client.refusals().length >= ROTATE_AT) {
          c.client.close();
          const api = apis.get(c.writer);
          if (!api) throw new Error(c.writer);
          c.client = await raw(api, c.section);
          c.expectedRefusals = [];
        }
      }

      // Everybody writes one token into every section, all at once.
      const epochSent: Sent[] = [];
      for (const c of connections) {
        const token = `[e${epoch}:${c.writer}:${c.section}]`;
        const decision = decide(userOf(c.writer), 'write', factsOf(c.section));
        const entry: Sent = {
          token,
          epoch,
          writer: c.writer,
          section: c.section,
          permitted: decision.allowed,
          reason: decision.allowed ? null : decision.reason,
        };
        epochSent.push(entry);
        if (!decision.allowed) c.expectedRefusals.push(decision.reason);
        const update = detachedParagraphUpdate(c.client.doc, token);
        c.client.sendUpdate(update);
        // The server does not echo a write to its sender: a mirror without its own taken
        // writes would hold relays anchored on them pending, and resend them in every update.
        if (decision.allowed) Y.applyUpdate(c.client.doc, update);
      }
      sent.push(...epochSent);

      // Settled: every permitted token reached the observer, every other one was refused.
      const unsettled = (): string[] => {
        const problems: string[] = [];
        for (const c of connections) {
          if (c.client.closeInfo)
            problems.push(`${c.writer}@${c.section} closed ${c.client.closeInfo.code}`);
          const got = c.client.refusals();
          if (got.length !== c.expectedRefusals.length)
            problems.push(
              `${c.writer}@${c.section} refusals ${JSON.stringify(got)} ≠ ${JSON.stringify(c.expectedRefusals)}`,
            );
        }
        for (const s of epochSent.filter((x) => x.permitted)) {
          const seen = tokensIn(observers.get(s.section)?.doc ?? new Y.Doc());
          if (!seen.includes(s.token)) problems.push(`${s.token} not relayed`);
        }
        return problems;
      };
      try {
        await waitFor(() => unsettled().length === 0, { timeout: 10_000 });
      } catch {
        throw new Error(
          `seed ${seed}, epoch ${epoch} did not settle.\nflips: ${flipLog.join('; ')}\n` +
            `facts: ${JSON.stringify(Object.fromEntries(facts))}\n${unsettled().join('\n')}`,
        );
      }
      // the reasons are the policy's, in order
      for (const c of connections) {
        expect(c.client.refusals(), `${c.writer}@${c.section}, seed ${seed}`).toEqual(
          c.expectedRefusals,
        );
      }
    }

    const permitted = sent.filter((s) => s.permitted);
    console.info(
      `seed ${seed}: ${sent.length} tokens, ${permitted.length} permitted, ${flipLog.length} flips: ${flipLog.join('; ')}`,
    );

    const expectExactly = (where: string, id: SectionId, tokens: string[]): void => {
      const expected = permitted.filter((s) => s.section === id).map((s) => s.token);
      const extra = tokens.filter((t) => !expected.includes(t));
      const missing = expected.filter((t) => !tokens.includes(t));
      const twice = tokens.filter((t, i) => tokens.indexOf(t) !== i);
      expect({ extra, missing, twice }, `${where} ${id}, seed ${seed}`).toEqual({
        extra: [],
        missing: [],
        twice: [],
      });
    };

    for (const id of SECTIONS) {
      const observer = observers.get(id);
      const stockObserver = stockObservers.get(id);
      if (!observer || !stockObserver) throw new Error(id);
      expectExactly('observer', id, tokensIn(observer.doc));
      expectExactly('newcomer', id, tokensIn((await raw(readerApi, id)).doc));
      expectExactly('store', id, tokensIn((await storedState(server.planfold, id)).doc));
      // the stock provider converges on the same text
      await waitFor(() => stockObserver.text() === bodyText(observer.doc.getXmlFragment('body')), {
        message: `stock observer of ${id} converges`,
      });
    }
    // a writer that was never permitted left nothing anywhere
    expect(sent.filter((s) => s.writer === 'bcd' && s.permitted)).toEqual([]);

    // ...and after a restart
    for (const c of stock.splice(0)) c.destroy();
    for (const c of raws.splice(0)) c.close();
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const again = await login(server, 'bcd2');
    for (const id of SECTIONS)
      expectExactly('after restart', id, tokensIn((await raw(again, id)).doc));
  });
});
