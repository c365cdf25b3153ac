/**
 * Two versions of a section compared as a reader sees them: paragraph by paragraph, then word
 * by word inside the paragraphs that changed. Paragraphs are matched on their text; a matched
 * one whose formatting or kind changed is a formatting-only change, a deleted paragraph whose
 * text reappears elsewhere is a move.
 */
import { blocksOf, type Block, type PmNode } from './blocks.js';
import { diffSequences, type Edit } from './sequence.js';

export type PieceOp = 'equal' | 'insert' | 'delete' | 'format';

export interface Piece {
  op: PieceOp;
  text: string;
  marks: string;
  /** For `format`: the formatting it had before. */
  oldMarks?: string;
}

export type BlockChange =
  | { op: 'equal' | 'insert' | 'delete' | 'moved-from' | 'moved-to'; block: Block }
  | { op: 'changed' | 'format'; before: Block; block: Block; pieces: Piece[] };

export interface Comparison {
  blocks: BlockChange[];
  /** Indexes into `blocks` of every change, in order: the summary to jump between. */
  changes: number[];
  wordsAdded: number;
  wordsRemoved: number;
}

interface Token {
  text: string;
  marks: string;
}

const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;
const WORD = /[\p{L}\p{N}]/u;
/** Below this share of common tokens, two paragraphs are a deletion and an insertion. */
const SIMILAR = 0.3;

export const countWordsIn = (text: string): number =>
  (text.match(TOKEN) ?? []).filter((t) => WORD.test(t)).length;

function tokensOf(block: Block): Token[] {
  return block.runs.flatMap((run) =>
    (run.text.match(TOKEN) ?? []).map((text) => ({ text, marks: run.marks })),
  );
}

function push(pieces: Piece[], piece: Piece): void {
  const last = pieces.at(-1);
  if (
    last &&
    last.op === piece.op &&
    last.marks === piece.marks &&
    last.oldMarks === piece.oldMarks
  )
    last.text += piece.text;
  else pieces.push(piece);
}

/** Word-level pieces of one paragraph against another, and the share of their words in common. */
export function diffInline(before: Block, after: Block): { pieces: Piece[]; similarity: number } {
  const a = tokensOf(before);
  const b = tokensOf(after);
  const edits = diffSequences(a, b, (x, y) => x.text === y.text);
  const pieces: Piece[] = [];
  let common = 0;
  const solid = (t: Token): boolean => t.text.trim() !== '';
  for (const e of edits) {
    if (e.op === 'insert') {
      push(pieces, { op: 'insert', ...b[e.bIndex]! });
      continue;
    }
    const old = a[e.aIndex]!;
    if (e.op === 'delete') {
      push(pieces, { op: 'delete', ...old });
      continue;
    }
    const now = b[e.bIndex]!;
    if (solid(now)) common += 1;
    if (now.marks === old.marks) push(pieces, { op: 'equal', ...now });
    else push(pieces, { op: 'format', ...now, oldMarks: old.marks });
  }
  // Numbers and punctuation count: "7,5%" → "8,0%" is an edit of a figure, not a new text.
  const tokens = Math.max(a.filter(solid).length, b.filter(solid).length);
  return { pieces, similarity: tokens === 0 ? 1 : common / tokens };
}

const sameFormatting = (a: Block, b: Block): boolean =>
  a.kind === b.kind &&
  a.runs.length === b.runs.length &&
  a.runs.every((r, i) => r.marks === b.runs[i]!.marks && r.text === b.runs[i]!.text);

/** Deleted and inserted paragraphs between two kept ones, paired where they are alike. */
function hunk(deleted: Block[], inserted: Block[], moved: Set<Block>): BlockChange[] {
  const out: BlockChange[] = [];
  const dels = deleted.filter((d) => !moved.has(d));
  const ins = inserted.filter((i) => !moved.has(i));
  for (const d of deleted) if (moved.has(d)) out.push({ op: 'moved-from', block: d });
  let i = 0;
  for (const d of dels) {
    const candidate = ins[i];
    const inline = candidate ? diffInline(d, candidate) : null;
    if (candidate && inline && inline.similarity >= SIMILAR) {
      out.push({ op: 'changed', before: d, block: candidate, pieces: inline.pieces });
      i += 1;
    } else {
      out.push({ op: 'delete', block: d });
    }
  }
  for (const b of ins.slice(i)) out.push({ op: 'insert', block: b });
  for (const b of inserted) if (moved.has(b)) out.push({ op: 'moved-to', block: b });
  return out;
}

/** Paragraphs deleted in one place and inserted with the same (non-empty) text in another. */
function findMoves(edits: readonly Edit[], a: Block[], b: Block[]): Set<Block> {
  const deleted = new Map<string, Block[]>();
  for (const e of edits) {
    const block = a[e.aIndex]!;
    if (e.op === 'delete' && block.text.trim() !== '') {
      deleted.set(block.text, [...(deleted.get(block.text) ?? []), block]);
    }
  }
  const moved = new Set<Block>();
  for (const e of edits) {
    if (e.op !== 'insert') continue;
    const block = b[e.bIndex]!;
    const match = deleted.get(block.text)?.shift();
    if (match) moved.add(match).add(block);
  }
  return moved;
}

function countChange(change: BlockChange, totals: { added: number; removed: number }): void {
  if (change.op === 'insert') totals.added += countWordsIn(change.block.text);
  else if (change.op === 'delete') totals.removed += countWordsIn(change.block.text);
  else if (change.op === 'changed') {
    for (const p of change.pieces) {
      if (p.op === 'insert') totals.added += countWordsIn(p.text);
      if (p.op === 'delete') totals.removed += countWordsIn(p.text);
    }
  }
}

export function compareDocuments(before: PmNode, after: PmNode): Comparison {
  const a = blocksOf(before);
  const b = blocksOf(after);
  const edits = diffSequences(a, b, (x, y) => x.text === y.text);
  const moved = findMoves(edits, a, b);
  const blocks: BlockChange[] = [];
  let deleted: Block[] = [];
  let inserted: Block[] = [];
  const flush = (): void => {
    blocks.push(...hunk(deleted, inserted, moved));
    deleted = [];
    inserted = [];
  };
  for (const e of edits) {
    if (e.op === 'delete') deleted.push(a[e.aIndex]!);
    else if (e.op === 'insert') inserted.push(b[e.bIndex]!);
    else {
      flush();
      const old = a[e.aIndex]!;
      const now = b[e.bIndex]!;
      if (sameFormatting(old, now)) blocks.push({ op: 'equal', block: now });
      else
        blocks.push({ op: 'format', before: old, block: now, pieces: diffInline(old, now).pieces });
    }
  }
  flush();
  const totals = { added: 0, removed: 0 };
  for (const change of blocks) countChange(change, totals);
  return {
    blocks,
    changes: blocks.flatMap((c, i) => (c.op === 'equal' ? [] : [i])),
    wordsAdded: totals.added,
    wordsRemoved: totals.removed,
  };
}
