/**
 * The shortest edit script between two sequences (Myers, O((N+M)·D)), as runs of kept, deleted
 * and inserted items. Beyond `maxEdits` the search stops and the answer is "all of a replaced
 * by all of b": a comparison must stay bounded whatever two texts it is given.
 */
export type EditOp = 'equal' | 'delete' | 'insert';

export interface Edit {
  op: EditOp;
  /** Index into a (equal, delete) or b (insert). */
  aIndex: number;
  bIndex: number;
}

export const DEFAULT_MAX_EDITS = 4000;

function backtrack(trace: Int32Array[], offset: number, n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      edits.push({ op: 'equal', aIndex: x, bIndex: y });
    }
    if (d === 0) break;
    if (down) edits.push({ op: 'insert', aIndex: x, bIndex: (y -= 1) });
    else edits.push({ op: 'delete', aIndex: (x -= 1), bIndex: y });
  }
  return edits.reverse();
}

export function diffSequences<T>(
  a: readonly T[],
  b: readonly T[],
  equal: (x: T, y: T) => boolean,
  maxEdits = DEFAULT_MAX_EDITS,
): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && equal(a[x]!, b[y]!)) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      // trace[d] holds the frontier before step d: what backtracking from step d needs.
      if (x >= n && y >= m) return backtrack(trace, offset, n, m);
    }
  }
  return [
    ...a.map((_, i): Edit => ({ op: 'delete', aIndex: i, bIndex: 0 })),
    ...b.map((_, j): Edit => ({ op: 'insert', aIndex: n, bIndex: j })),
  ];
}
