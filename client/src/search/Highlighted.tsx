/** A snippet with the searched words marked, found by folding it as the server folds. */
import { fold, parseQuery } from '../../../shared/search/fold.js';

export function Highlighted({ text, q }: { text: string; q: string }) {
  const words = new Set(parseQuery(q).phrases.flat());
  const folded = fold(text);
  const parts: { text: string; hit: boolean }[] = [];
  let last = 0;
  // Folding keeps positions: a word found in the folded text is at the same place in the original.
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!words.has(match[0])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: text.slice(match.index, match.index + match[0].length), hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
