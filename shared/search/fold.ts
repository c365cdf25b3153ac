/**
 * Vietnamese-aware folding for search: "Đồng Đăng" and "dong dang" fold alike. Each character
 * folds to exactly one character, so a position in the folded text is the same position in the
 * original — snippets and highlights are cut from the original text.
 */
export function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower === 'đ') {
      out += 'd';
      continue;
    }
    const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
    // One UTF-16 unit in, one out: anything else (ligatures, astral characters) stays as it is.
    out += base.length === 1 && char.length === 1 && lower.length === 1 ? base : char;
  }
  return out;
}

/** A search as people type it: words, and "quoted phrases", all of which must match. */
export interface SearchQuery {
  /** Each a list of folded words; a phrase's words must follow each other. */
  phrases: string[][];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseQuery(q: string): SearchQuery {
  const phrases: string[][] = [];
  const folded = fold(q);
  const quoted = /"([^"]*)"/g;
  let rest = folded;
  for (const match of folded.matchAll(quoted)) {
    const words = match[1]?.match(WORD) ?? [];
    if (words.length > 0) phrases.push(words);
    rest = rest.replace(match[0], ' ');
  }
  for (const word of rest.match(WORD) ?? []) phrases.push([word]);
  return { phrases };
}
