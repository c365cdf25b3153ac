import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults } from '../types.js';

export function machine(): BenchResults['machine'] {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

/** latest.json plus a dated copy, so earlier runs stay comparable. */
export function writeJson(outDir: string, results: BenchResults): string[] {
  mkdirSync(outDir, { recursive: true });
  const text = `${JSON.stringify(results, null, 2)}\n`;
  const files = [
    path.join(outDir, 'latest.json'),
    path.join(outDir, `${results.date.slice(0, 10)}.json`),
  ];
  for (const file of files) writeFileSync(file, text);
  return files;
}
