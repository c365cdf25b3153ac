/**
 * `npm run bench` (full, up to ~30 min) and `npm run bench -- --quick` (under 3 min on 2 cores).
 * Runs W1–W6 against PlanFold, the reference y-websocket server, Hocuspocus and a bare relay, each
 * workload on every server in turn (one server process at a time), and writes
 * bench/results/latest.{json,md}, a dated JSON and w2-latency.svg.
 */
import { markdownTable } from './report/markdown.js';
import { parseArgs } from './config.js';
import { ROOT, runBench } from './main.js';

try {
  const options = parseArgs(process.argv.slice(2), ROOT);
  const started = performance.now();
  const { results, files } = await runBench(options);
  console.log(`\n${markdownTable(results)}`);
  console.log(
    `wrote ${files.join(', ')} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
