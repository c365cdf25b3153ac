import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench } from '../../bench/main.js';
import { FIGURE_KEYS, SERVER_NAMES, WORKLOAD_NAMES, type BenchResults } from '../../bench/types.js';

/**
 * The benchmark harness, end to end with tiny sizes (bench/config.ts `smoke`), so it cannot rot.
 * Only the shape of what it writes is checked: figures from a test machine mean nothing.
 */
describe('benchmark harness (smoke)', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'planfold-bench-smoke-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('runs every workload against PlanFold and the relay and writes the report files', async () => {
    const lines: string[] = [];
    const { files } = await runBench({
      preset: 'smoke',
      servers: ['planfold', 'relay'],
      workloads: [...WORKLOAD_NAMES],
      outDir,
      pin: false,
      cpuProf: false,
      log: (line) => lines.push(line),
    });

    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['latest.json', 'latest.md', 'w2-latency.svg']),
    );
    const written = JSON.parse(
      readFileSync(path.join(outDir, 'latest.json'), 'utf8'),
    ) as BenchResults;
    expect(Object.keys(written).sort()).toEqual(['date', 'machine', 'quick', 'servers']);
    expect(Object.keys(written.servers).sort()).toEqual([...SERVER_NAMES].sort());
    for (const name of ['planfold', 'relay'] as const) {
      const server = written.servers[name];
      expect(server, name).not.toBeNull();
      for (const key of FIGURE_KEYS) {
        const value = server?.[key];
        expect(value === null || typeof value === 'number', `${name}.${key}`).toBe(true);
      }
      // A workload that throws is recorded as a note; in the smoke run none may.
      expect(
        server?.notes.filter((n) => n.includes('failed')),
        lines.join('\n'),
      ).toEqual([]);
    }
    expect(written.servers.reference).toBeNull();
    expect(readFileSync(path.join(outDir, 'latest.md'), 'utf8')).toContain('| PlanFold |');
    expect(readFileSync(path.join(outDir, 'w2-latency.svg'), 'utf8')).toMatch(
      /^<svg[\s\S]*<\/svg>\n$/,
    );
  }, 120_000);
});
