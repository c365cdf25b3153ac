import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResults, LatencyStep, ServerName } from '../types.js';

const COLORS: Record<ServerName, string> = {
  planfold: '#c0392b',
  reference: '#2980b9',
  hocuspocus: '#8e44ad',
  relay: '#7f8c8d',
};
const W = 720;
const H = 420;
const M = { left: 64, right: 150, top: 30, bottom: 50 };

function steps(results: BenchResults, name: ServerName): LatencyStep[] {
  const w2 = results.servers[name]?.details.w2 as
    { steps?: (LatencyStep & { discarded?: boolean })[] } | undefined;
  return (w2?.steps ?? [])
    .filter((s) => !s.discarded && s.p99Ms !== null)
    .sort((a, b) => a.clients - b.clients);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** W2 p99 against clients, one polyline per server, log-scaled latency. Hand-written SVG. */
export function w2Svg(results: BenchResults): string {
  const names = (Object.keys(COLORS) as ServerName[]).filter((n) => steps(results, n).length > 0);
  const all = names.flatMap((n) => steps(results, n));
  const maxX = Math.max(10, ...all.map((s) => s.clients));
  const ys = all.map((s) => Math.max(0.1, s.p99Ms ?? 0.1));
  const [minY, maxY] = [Math.min(0.5, ...ys), Math.max(200, ...ys)];
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (v: number): number => M.left + (v / maxX) * pw;
  const y = (v: number): number =>
    M.top +
    ph -
    ((Math.log10(Math.max(v, minY)) - Math.log10(minY)) / (Math.log10(maxY) - Math.log10(minY))) *
      ph;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="18" font-size="14">W2 typing: p99 edit-to-peer latency vs clients${results.quick ? ' (quick run)' : ''}</text>`,
  ];
  for (const tick of [0.1, 1, 10, 100, 1000, 10000].filter((t) => t >= minY && t <= maxY)) {
    out.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${y(tick)}" y2="${y(tick)}" stroke="#eee"/>`,
    );
    out.push(`<text x="${M.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const v = Math.round((maxX * i) / 5);
    out.push(`<text x="${x(v)}" y="${M.top + ph + 18}" text-anchor="middle">${v}</text>`);
  }
  out.push(
    `<line x1="${M.left}" x2="${M.left + pw}" y1="${y(100)}" y2="${y(100)}" stroke="#999" stroke-dasharray="4 4"/>`,
    `<text x="${M.left + pw - 4}" y="${y(100) - 4}" text-anchor="end" fill="#666">100 ms knee threshold</text>`,
    `<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#333"/>`,
    `<text x="${M.left + pw / 2}" y="${H - 12}" text-anchor="middle">clients (rooms of 5, 5 keystrokes/s each)</text>`,
    `<text transform="translate(16 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">p99 latency, ms (log)</text>`,
  );
  names.forEach((name, i) => {
    const pts = steps(results, name).map(
      (s) => `${x(s.clients).toFixed(1)},${y(s.p99Ms ?? minY).toFixed(1)}`,
    );
    out.push(
      `<polyline fill="none" stroke="${COLORS[name]}" stroke-width="2" points="${pts.join(' ')}"/>`,
    );
    for (const p of pts) {
      const [cx, cy] = p.split(',');
      out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${COLORS[name]}"/>`);
    }
    const ly = M.top + 16 + i * 20;
    out.push(
      `<line x1="${W - M.right + 16}" x2="${W - M.right + 40}" y1="${ly}" y2="${ly}" stroke="${COLORS[name]}" stroke-width="3"/>`,
      `<text x="${W - M.right + 46}" y="${ly + 4}">${esc(name)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}

export function writeSvg(outDir: string, results: BenchResults): string {
  const file = path.join(outDir, 'w2-latency.svg');
  writeFileSync(file, w2Svg(results));
  return file;
}
