/**
 * A ProseMirror document (as JSON) flattened into the blocks a reader compares: every
 * textblock, with what contains it (a list item, a table cell, a quote) and its text as runs of
 * equally formatted characters. Walked with a stack, never recursion: the tree may be deep.
 */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
}

export interface Run {
  text: string;
  /** The marks as one comparable key, e.g. "bold+link(https://…)"; "" for plain text. */
  marks: string;
}

export interface Block {
  /** The textblock and its innermost container, e.g. "heading:2", "bulletList>paragraph", "table>paragraph". */
  kind: string;
  /** Row and column (from 1) of a table cell's paragraph. */
  cell: { row: number; column: number } | null;
  runs: Run[];
  text: string;
}

const CONTAINERS = new Set(['bulletList', 'orderedList', 'blockquote', 'table']);

const attrText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function markKey(marks: readonly PmMark[] | undefined): string {
  if (!marks || marks.length === 0) return '';
  return marks
    .map((m) => (m.type === 'link' ? `link(${attrText(m.attrs?.href)})` : m.type))
    .sort()
    .join('+');
}

function runsOf(node: PmNode): Run[] {
  const runs: Run[] = [];
  for (const child of node.content ?? []) {
    const text = child.type === 'hardBreak' ? '\n' : (child.text ?? '');
    if (text === '') continue;
    const marks = markKey(child.marks);
    const last = runs.at(-1);
    if (last && last.marks === marks) last.text += text;
    else runs.push({ text, marks });
  }
  return runs;
}

function ownKind(node: PmNode): string {
  return node.type === 'heading' ? `heading:${attrText(node.attrs?.level)}` : node.type;
}

interface Frame {
  node: PmNode;
  container: string | null;
  cell: Block['cell'];
}

export function blocksOf(doc: PmNode): Block[] {
  const blocks: Block[] = [];
  const stack: Frame[] = [{ node: doc, container: null, cell: null }];
  while (stack.length > 0) {
    const { node, container, cell } = stack.pop()!;
    const children = node.content ?? [];
    const isTextblock = children.some((c) => c.type === 'text' || c.type === 'hardBreak');
    if (isTextblock || (children.length === 0 && node !== doc && !CONTAINERS.has(node.type))) {
      const runs = runsOf(node);
      const kind = container ? `${container}>${ownKind(node)}` : ownKind(node);
      blocks.push({ kind, cell, runs, text: runs.map((r) => r.text).join('') });
      continue;
    }
    const inner = CONTAINERS.has(node.type) ? node.type : container;
    // Pushed in reverse, so the blocks come out in document order.
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i]!;
      const childCell =
        node.type === 'table'
          ? { row: i + 1, column: 0 }
          : node.type === 'tableRow' && cell
            ? { row: cell.row, column: i + 1 }
            : cell;
      stack.push({ node: child, container: inner, cell: childCell });
    }
  }
  return blocks;
}
