/**
 * The comparison of two versions on a table of edit scripts: each row is a document before and
 * after, and what a reader must be shown.
 */
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../shared/diff/blocks.js';
import { compareDocuments, type BlockChange } from '../../shared/diff/compare.js';
import { diffSequences } from '../../shared/diff/sequence.js';

const text = (t: string, marks: string[] = []): PmNode => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: (string | PmNode)[]): PmNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
});
const h = (level: number, t: string): PmNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(t)],
});
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
const table = (...rows: string[][]): PmNode => ({
  type: 'table',
  content: rows.map((cells) => ({
    type: 'tableRow',
    content: cells.map((c) => ({ type: 'tableCell', content: [p(c)] })),
  })),
});

/** A change as a short string: "op:text" or, with pieces, "op:[+ins][-del][~fmt]=eq". */
function show(change: BlockChange): string {
  if (!('pieces' in change)) return `${change.op}:${change.block.text}`;
  const pieces = change.pieces
    .map((piece) =>
      piece.op === 'insert'
        ? `[+${piece.text}]`
        : piece.op === 'delete'
          ? `[-${piece.text}]`
          : piece.op === 'format'
            ? `[~${piece.text}]`
            : piece.text,
    )
    .join('');
  return `${change.op}:${pieces}`;
}

interface Row {
  name: string;
  before: PmNode;
  after: PmNode;
  shown: string[];
  added: number;
  removed: number;
}

const ROWS: Row[] = [
  {
    name: 'nothing changed',
    before: doc(p('Phát triển công nghiệp chế biến')),
    after: doc(p('Phát triển công nghiệp chế biến')),
    shown: ['equal:Phát triển công nghiệp chế biến'],
    added: 0,
    removed: 0,
  },
  {
    name: 'words inserted in a paragraph',
    before: doc(p('Phát triển công nghiệp'), p('Khu kinh tế cửa khẩu')),
    after: doc(p('Phát triển mạnh công nghiệp chế biến'), p('Khu kinh tế cửa khẩu')),
    shown: ['changed:Phát triển [+mạnh ]công nghiệp[+ chế biến]', 'equal:Khu kinh tế cửa khẩu'],
    added: 3,
    removed: 0,
  },
  {
    name: 'words deleted and replaced',
    before: doc(p('Tăng trưởng bình quân 8% mỗi năm')),
    after: doc(p('Tăng trưởng bình quân 9% mỗi năm')),
    shown: ['changed:Tăng trưởng bình quân [-8][+9]% mỗi năm'],
    added: 1,
    removed: 1,
  },
  {
    name: 'a paragraph inserted and one deleted',
    before: doc(p('Một'), p('Hai hai'), p('Ba')),
    after: doc(p('Một'), p('Ba'), p('Bốn năm sáu')),
    shown: ['equal:Một', 'delete:Hai hai', 'equal:Ba', 'insert:Bốn năm sáu'],
    added: 3,
    removed: 2,
  },
  {
    name: 'a paragraph moved',
    before: doc(p('Đoạn A dài'), p('Đoạn B dài'), p('Đoạn C dài')),
    after: doc(p('Đoạn B dài'), p('Đoạn C dài'), p('Đoạn A dài')),
    shown: ['moved-from:Đoạn A dài', 'equal:Đoạn B dài', 'equal:Đoạn C dài', 'moved-to:Đoạn A dài'],
    added: 0,
    removed: 0,
  },
  {
    name: 'formatting only: a word made bold',
    before: doc(p('Cửa khẩu Hữu Nghị')),
    after: doc(p('Cửa khẩu ', text('Hữu Nghị', ['bold']))),
    shown: ['format:Cửa khẩu [~Hữu Nghị]'],
    added: 0,
    removed: 0,
  },
  {
    name: 'formatting only: a paragraph made a heading',
    before: doc(p('Định hướng phát triển')),
    after: doc(h(3, 'Định hướng phát triển')),
    shown: ['format:Định hướng phát triển'],
    added: 0,
    removed: 0,
  },
  {
    name: 'a table cell edited',
    before: doc(table(['Chỉ tiêu', '2025'], ['GRDP', '7,5%'])),
    after: doc(table(['Chỉ tiêu', '2025'], ['GRDP', '8,0%'])),
    shown: ['equal:Chỉ tiêu', 'equal:2025', 'equal:GRDP', 'changed:[-7][+8],[-5][+0]%'],
    added: 2,
    removed: 2,
  },
  {
    name: 'unrelated rewrite: deletion and insertion, not a word soup',
    before: doc(p('Hạ tầng giao thông đường bộ')),
    after: doc(p('Nguồn nhân lực chất lượng cao')),
    shown: ['delete:Hạ tầng giao thông đường bộ', 'insert:Nguồn nhân lực chất lượng cao'],
    added: 6,
    removed: 6,
  },
];

describe('compareDocuments', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const comparison = compareDocuments(row.before, row.after);
      expect(comparison.blocks.map(show)).toEqual(row.shown);
      expect(comparison.wordsAdded).toBe(row.added);
      expect(comparison.wordsRemoved).toBe(row.removed);
      expect(comparison.changes).toEqual(
        comparison.blocks.flatMap((b, i) => (b.op === 'equal' ? [] : [i])),
      );
    });
  }

  it('marks the cell of a table paragraph', () => {
    const { blocks } = compareDocuments(doc(), doc(table(['a', 'b'], ['c', 'd'])));
    expect(blocks.map((b) => [b.block.kind, b.block.cell])).toEqual([
      ['table>paragraph', { row: 1, column: 1 }],
      ['table>paragraph', { row: 1, column: 2 }],
      ['table>paragraph', { row: 2, column: 1 }],
      ['table>paragraph', { row: 2, column: 2 }],
    ]);
  });

  it('walks a deep document without recursion', () => {
    let deep: PmNode = p('đáy');
    for (let i = 0; i < 20_000; i += 1) deep = { type: 'blockquote', content: [deep] };
    expect(compareDocuments(doc(), doc(deep)).wordsAdded).toBe(1);
  });
});

describe('diffSequences', () => {
  const apply = (a: string, b: string): [string, string] => {
    const edits = diffSequences([...a], [...b], (x, y) => x === y);
    const left = edits
      .filter((e) => e.op !== 'insert')
      .map((e) => a[e.aIndex])
      .join('');
    const right = edits
      .filter((e) => e.op !== 'delete')
      .map((e) => (e.op === 'insert' ? b[e.bIndex] : a[e.aIndex]))
      .join('');
    return [left, right];
  };

  it('replays both sides for random strings, with a minimal script', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (): string =>
      Array.from({ length: Math.floor(random() * 14) }, () => 'abc'[Math.floor(random() * 3)]).join(
        '',
      );
    for (let i = 0; i < 500; i += 1) {
      const a = word();
      const b = word();
      expect(apply(a, b)).toEqual([a, b]);
    }
    expect(
      diffSequences([...'abcabba'], [...'cbabac'], (x, y) => x === y).filter(
        (e) => e.op !== 'equal',
      ),
    ).toHaveLength(5);
  });

  it('gives up past the edit budget with a whole replacement', () => {
    const edits = diffSequences([...'aaaa'], [...'bbbb'], (x, y) => x === y, 3);
    expect(edits.map((e) => e.op)).toEqual(
      [...'dddd'].map(() => 'delete').concat([...'iiii'].map(() => 'insert')),
    );
  });
});
