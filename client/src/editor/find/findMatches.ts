/**
 * Where a text occurs in a section: within each run of text between other nodes (a match can
 * span bold and plain words, not a footnote's edge or a paragraph break). Case-insensitive.
 */
import type { Node } from '@tiptap/pm/model';

export interface Match {
  from: number;
  to: number;
}

export function findMatches(doc: Node, query: string): Match[] {
  const needle = query.toLocaleLowerCase('vi');
  if (!needle) return [];
  const matches: Match[] = [];
  let run = '';
  let start = -1;
  const flush = () => {
    const haystack = run.toLocaleLowerCase('vi');
    for (
      let at = haystack.indexOf(needle);
      at >= 0;
      at = haystack.indexOf(needle, at + needle.length)
    )
      matches.push({ from: start + at, to: start + at + needle.length });
    run = '';
    start = -1;
  };
  doc.descendants((node, pos) => {
    if (node.isText) {
      // Adjacent text nodes are contiguous positions: one run.
      if (start >= 0 && start + run.length !== pos) flush();
      if (start < 0) start = pos;
      run += node.text ?? '';
      return false;
    }
    if (run) flush();
    return true;
  });
  if (run) flush();
  return matches;
}
