/**
 * No import cycles in server/, shared/ or client/src (eslint-plugin-import is not installed:
 * this walks the graph of relative imports itself, type-only imports included, so that a cycle
 * never decides the order in which modules initialise).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['server', 'shared', 'client/src'];
/** `import … from './x.js'`, `export … from './x.js'`, `import './x.js'`, over several lines. */
const IMPORT = /^\s*(?:import|export)\b(?:[^'";]*?\bfrom\s*)?\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The file a relative specifier names (the .js suffix stands for the TypeScript source). */
function resolve(from: string, specifier: string): string | null {
  const base = path.join(path.dirname(from), specifier).replace(/\.js$/, '');
  return (
    [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    ) ?? null
  );
}

function importGraph(roots: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap(sourceFiles)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((m) => resolve(file, m[1]!));
    graph.set(
      file,
      targets.filter((t): t is string => t !== null),
    );
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[][] = [];
  const stack: string[] = [];
  // Iterative, so a long chain of imports cannot overflow the stack.
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    stack.push(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const target = graph.get(top.node)?.[top.next++];
      if (target === undefined) {
        state.set(top.node, 'done');
        stack.pop();
        work.pop();
      } else if (state.get(target) === 'open') {
        found.push([...stack.slice(stack.indexOf(target)), target]);
      } else if (!state.has(target)) {
        state.set(target, 'open');
        stack.push(target);
        work.push({ node: target, next: 0 });
      }
    }
  }
  return found;
}

describe('the import graph', () => {
  it('reads the tree: every source file, with its relative imports', () => {
    const graph = importGraph(ROOTS);
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(path.join('server', 'app.ts'))).toContain(path.join('server', 'config.ts'));
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no cycles in server/, shared/ or client/src', () => {
    const found = cycles(importGraph(ROOTS)).map((cycle) => cycle.join(' → '));
    expect(found).toEqual([]);
  });
});
