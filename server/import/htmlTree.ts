/**
 * Mammoth's HTML as a tree. Mammoth writes a small, regular HTML (lower-case tags, attributes
 * in double quotes, text escaped), so a tokenizer suffices; it builds the tree with a stack, not
 * recursion, and flattens anything nested deeper than MAX_DEPTH into its parent.
 */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const MAX_DEPTH = 64;
const VOID = new Set(['br', 'img', 'hr']);
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeChar(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeChar(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const safeChar = (code: number, fallback: string): string =>
  Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(ATTR)) {
    if (name) attrs[name.toLowerCase()] = decodeEntities(value ?? '');
  }
  return attrs;
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = (): HtmlElement => stack[stack.length - 1] ?? root;
  let last = 0;
  for (const match of html.matchAll(TOKEN)) {
    const [whole, closing, rawTag = '', rawAttrs = '', selfClosing] = match;
    if (match.index > last) top().children.push(decodeEntities(html.slice(last, match.index)));
    last = match.index + whole.length;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const element: HtmlElement = { tag, attrs: attributes(rawAttrs), children: [] };
    top().children.push(element);
    if (!selfClosing && !VOID.has(tag) && stack.length < MAX_DEPTH) stack.push(element);
  }
  if (last < html.length) top().children.push(decodeEntities(html.slice(last)));
  return root;
}
