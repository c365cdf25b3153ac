/**
 * What versions cost on disk: a section of `pages` pages (about 500 words a page), edited a
 * little between versions (a few words inserted and deleted, a word made bold, in a handful of
 * paragraphs), versioned `versions` times through the server's own VersionService. Compared with
 * the section's own snapshot (its Yjs state, as the store keeps it).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { RoomRegistry } from '../../server/collab/roomRegistry.js';
import { Store } from '../../server/store/store.js';
import { VersionService } from '../../server/versions/versionService.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

export interface VersionCostOptions {
  pages: number;
  versions: number;
  /** Paragraphs edited between two versions. */
  editsPerVersion: number;
  dir: string;
}

export interface VersionCost {
  snapshotBytes: number;
  versionBytes: number;
  /** versionBytes ÷ snapshotBytes: the target is under 5. */
  ratio: number;
  msPerVersion: number;
}

const PARAGRAPHS_PER_PAGE = 14;
const WORDS =
  'phát triển công nghiệp chế biến khu kinh tế cửa khẩu Đồng Đăng hạ tầng logistics tỉnh Lạng Sơn giai đoạn'.split(
    ' ',
  );

function words(n: number, seed: number): string {
  return Array.from({ length: n }, (_, i) => WORDS[(seed * 31 + i * 7) % WORDS.length]).join(' ');
}

function edit(body: Y.XmlFragment, round: number, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const paragraph = body.get((round * 97 + i * 131) % body.length) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    text.insert(Math.min(20, text.length), ` ${words(4, round + i)}`);
    text.delete(Math.min(60, text.length - 10), 8);
    if (i === 0) text.format(0, 12, { bold: true });
  }
}

export async function measureVersionCost(options: VersionCostOptions): Promise<VersionCost> {
  const store = await Store.open({ kind: 'sqlite', file: path.join(options.dir, 'cost.sqlite') });
  try {
    await store.plans.insertAgencies([
      { code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Industry and Trade', kind: 'department' },
    ]);
    const planId = 'COST';
    await store.plans.insertPlan(
      {
        id: planId,
        code: planId,
        titleVi: 'Quy hoạch',
        province: 'Lạng Sơn',
        archived: false,
        titleEn: 'Plan',
        periodStart: 2021,
        periodEnd: 2030,
        vision: 2050,
      },
      [
        {
          id: 'S',
          planId,
          number: 'III.1',
          titleVi: 'Công nghiệp',
          titleEn: 'Industry',
          parentId: null,
          position: 0,
          owner: 'SCT',
          contributors: [],
          writers: [],
          synthesis: false,
          status: 'DU_THAO',
          lock: null,
          dueDate: null,
          deletedAt: null,
        },
      ],
    );
    const doc = new Y.Doc();
    const body = doc.getXmlFragment(BODY_FIELD);
    doc.transact(() => {
      for (let i = 0; i < options.pages * PARAGRAPHS_PER_PAGE; i += 1) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(words(36, i))]);
        body.insert(body.length, [paragraph]);
      }
    });
    // Nobody has the section open: the service reads what the store holds.
    const registry = new RoomRegistry(() => Promise.reject(new Error('no rooms here')));
    const service = new VersionService(store, registry);
    const started = performance.now();
    for (let round = 0; round < options.versions; round += 1) {
      if (round > 0) doc.transact(() => edit(body, round, options.editsPerVersion));
      await store.documents.compact('S', Y.encodeStateAsUpdate(doc), 0);
      await service.capture('S', {
        kind: 'manual',
        name: `v${round}`,
        status: 'DU_THAO',
        actorId: null,
      });
    }
    const msPerVersion = (performance.now() - started) / options.versions;
    const snapshotBytes = Y.encodeStateAsUpdate(doc).length;
    const versionBytes = await store.versions.storedBytes('S');
    return { snapshotBytes, versionBytes, ratio: versionBytes / snapshotBytes, msPerVersion };
  } finally {
    await store.close();
  }
}

/** `npm run bench:versions`: the figure for 100 versions of a 100-page section. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'planfold-versions-'));
  try {
    const cost = await measureVersionCost({ pages: 100, versions: 100, editsPerVersion: 5, dir });
    console.log(JSON.stringify(cost, null, 2));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
