import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIGURE_KEYS, type BenchResults, type Figures, type ServerName } from '../types.js';

/** Row labels, units and the target for PlanFold, so the table reads on its own. */
const ROWS: Record<keyof Figures, { label: string; target: string }> = {
  w1KbPerConnection: { label: 'W1 RSS per idle connection (KB)', target: '≤ 15' },
  w1KbPerDoc: { label: 'W1 RSS per loaded small document (KB)', target: '≤ 50' },
  w1UnloadMs: { label: 'W1 time to unload after last client (ms)', target: '≤ 30,000' },
  w2KneeClients: {
    label: 'W2 knee (clients at p99 ≤ 100 ms)',
    target: '≥ 1.5× ref, ≥ Hocuspocus, ≥ 60% relay',
  },
  w2P50MsAtHalfKnee: { label: 'W2 p50 at half the knee (ms)', target: '' },
  w2P99MsAtHalfKnee: { label: 'W2 p99 at half the knee (ms)', target: '≤ 5' },
  w3P99Ms: { label: 'W3 hot room p99 (ms)', target: '≤ 50' },
  w4UpdatesPerSec: { label: 'W4 ingest (updates/s)', target: '≥ 40,000' },
  w5ColdLoadP50Ms: { label: 'W5 cold load p50 (ms)', target: '≤ 50' },
  w5ColdLoadP99Ms: { label: 'W5 cold load p99 (ms)', target: '≤ 150' },
  w5StallP99Ms: { label: 'W5 p99 added to other rooms (ms)', target: '≤ 20' },
  w6WriteAmplification: { label: 'W6 write amplification (×)', target: '≤ 3' },
  w6LostEdits: { label: 'W6 edits lost after kill -9', target: '0' },
};

const COLUMNS: ServerName[] = ['planfold', 'reference', 'hocuspocus', 'relay'];

function cell(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value >= 1000 ? Math.round(value).toLocaleString('en-US') : String(value);
}

function ratio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

export function markdownTable(results: BenchResults): string {
  const s = results.servers;
  const lines = [
    `PlanFold benchmark, ${results.date.slice(0, 10)}${results.quick ? ' (quick run)' : ''}. ` +
      `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}.`,
    '',
    '| Figure | Target | PlanFold | Reference | Hocuspocus | Relay | PF/ref | PF/Hocuspocus | PF/relay |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const key of FIGURE_KEYS) {
    const v = (name: ServerName): number | null | undefined => s[name]?.[key];
    const row = ROWS[key];
    lines.push(
      `| ${row.label} | ${row.target} | ${COLUMNS.map((c) => cell(v(c))).join(' | ')} | ` +
        `${ratio(v('planfold'), v('reference'))} | ${ratio(v('planfold'), v('hocuspocus'))} | ${ratio(v('planfold'), v('relay'))} |`,
    );
  }
  const notes = COLUMNS.flatMap((name) => (s[name]?.notes ?? []).map((n) => `- ${name}: ${n}`));
  if (notes.length > 0) lines.push('', 'Notes:', '', ...notes);
  lines.push('', '— : not applicable, not run, or discarded (see notes).', '');
  return lines.join('\n');
}

export function writeMarkdown(outDir: string, results: BenchResults): string {
  const file = path.join(outDir, 'latest.md');
  writeFileSync(file, markdownTable(results));
  return file;
}
