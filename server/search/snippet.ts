import { fold, type SearchQuery } from '../../shared/search/fold.js';

const CONTEXT = 80;

/** Where `words` start, one after the other as whole words, in `folded`; or -1. */
function position(folded: string, words: readonly string[]): number {
  // Words are letters and digits only (parseQuery): nothing to escape.
  const run = words.join('[^\\p{L}\\p{N}]+');
  return folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${run}(?![\\p{L}\\p{N}])`, 'u'));
}

/** The whole query as typed if it appears so, else the earliest of its words and phrases. */
function firstMatch(folded: string, query: SearchQuery): number {
  const together = position(folded, query.phrases.flat());
  if (together >= 0) return together;
  const found = query.phrases.map((p) => position(folded, p)).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * The passage of `text` around the first match, cut from the original (folding keeps
 * positions), on word boundaries, with an ellipsis where it was cut.
 */
export function snippet(text: string, query: SearchQuery): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const at = Math.max(0, firstMatch(fold(flat), query));
  let start = Math.max(0, at - CONTEXT);
  let end = Math.min(flat.length, at + CONTEXT * 2);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > at ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
