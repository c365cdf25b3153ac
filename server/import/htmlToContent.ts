/**
 * Mammoth's HTML → ProseMirror JSON of the editor's schema. Headings move below the section's
 * title (Word's Heading 1 → the editor's h2), footnotes become numbered notes at the end, and
 * whatever the schema cannot hold yet is written into the import report instead of vanishing.
 */
import type { JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { HEADING_LEVELS } from '../../shared/editor/content.js';
import { isSafeLinkUrl } from '../../shared/editor/safeUrl.js';
import type { ImportReport } from '../../shared/importReport.js';
import type { HtmlElement, HtmlNode } from './htmlTree.js';

type Mark = NonNullable<JSONContent['marks']>[number];
type Report = Omit<ImportReport, 'fileName' | 'warnings' | 'blocks'>;

const MARK_OF_TAG: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  del: 'strike',
  sup: 'superscript',
  sub: 'subscript',
};
const FOOTNOTE_REF = /^#footnote-(\d+)$/;
const FOOTNOTE_ITEM = /^footnote-(\d+)$/;
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
]);

const paragraph = (content: JSONContent[]): JSONContent =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };

export class HtmlToContent {
  private readonly report: Report = { images: [], endNotes: 0, lostFormatting: [] };
  private readonly notes: JSONContent[] = [];
  /** Word's heading levels in use, highest first: the first becomes h2, the next h3, … */
  private wordLevels: number[] = [];

  constructor(private readonly schema: Schema) {}

  private headingLevel(wordLevel: number): number {
    const levels: readonly number[] = HEADING_LEVELS;
    const rank = this.wordLevels.indexOf(wordLevel);
    return levels[Math.min(Math.max(rank, 0), levels.length - 1)] ?? levels[0]!;
  }

  convert(root: HtmlElement): { doc: JSONContent; report: Report } {
    this.wordLevels = [...new Set(headingTags(root))].sort((a, b) => a - b);
    const content = this.blocks(root.children);
    if (this.notes.length > 0) {
      content.push(
        {
          type: 'heading',
          attrs: { level: HEADING_LEVELS[HEADING_LEVELS.length - 1] },
          content: [{ type: 'text', text: 'Chú thích' }],
        },
        ...this.notes,
      );
    }
    return {
      doc: { type: 'doc', content: content.length > 0 ? content : [paragraph([])] },
      report: this.report,
    };
  }

  /** Block content: loose inline runs between blocks are gathered into paragraphs. */
  private blocks(nodes: readonly HtmlNode[]): JSONContent[] {
    const out: JSONContent[] = [];
    let loose: HtmlNode[] = [];
    const flush = (): void => {
      const inline = this.inline(loose, []);
      if (inline.some((n) => n.type !== 'text' || (n.text ?? '').trim() !== ''))
        out.push(paragraph(inline));
      loose = [];
    };
    for (const node of nodes) {
      if (typeof node !== 'string' && BLOCK_TAGS.has(node.tag)) {
        flush();
        out.push(...this.block(node));
      } else if (
        typeof node !== 'string' &&
        !(node.tag in MARK_OF_TAG) &&
        node.tag !== 'a' &&
        node.tag !== 'br' &&
        node.tag !== 'img' &&
        node.tag !== 'span'
      ) {
        flush();
        out.push(...this.blocks(node.children));
      } else loose.push(node);
    }
    flush();
    return out;
  }

  private block(el: HtmlElement): JSONContent[] {
    const heading = /^h([1-6])$/.exec(el.tag);
    if (heading) {
      const level = this.headingLevel(Number(heading[1]));
      const content = this.inline(el.children, []);
      return content.length > 0 ? [{ type: 'heading', attrs: { level }, content }] : [];
    }
    switch (el.tag) {
      case 'p':
        return [paragraph(this.inline(el.children, []))];
      case 'ul':
      case 'ol':
        return this.list(el);
      case 'table':
        return this.table(el);
      case 'blockquote':
        return [{ type: 'blockquote', content: this.nonEmpty(this.blocks(el.children)) }];
      default:
        return this.blocks(el.children);
    }
  }

  private nonEmpty(blocks: JSONContent[]): JSONContent[] {
    return blocks.length > 0 ? blocks : [paragraph([])];
  }

  private list(el: HtmlElement): JSONContent[] {
    const items = el.children.filter(
      (c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li',
    );
    // Mammoth writes Word's footnotes as the last list, each item with the footnote's id.
    if (items.length > 0 && items.every((li) => FOOTNOTE_ITEM.test(li.attrs.id ?? ''))) {
      for (const li of items) this.footnote(li);
      return [];
    }
    return [
      {
        type: el.tag === 'ol' ? 'orderedList' : 'bulletList',
        content: items.map((li) => ({
          type: 'listItem',
          content: this.nonEmpty(this.blocks(li.children)),
        })),
      },
    ];
  }

  private footnote(li: HtmlElement): void {
    const number = FOOTNOTE_ITEM.exec(li.attrs.id ?? '')?.[1] ?? String(this.notes.length + 1);
    const blocks = this.blocks(li.children);
    const [first, ...rest] = blocks;
    const lead: JSONContent = { type: 'text', text: `[${number}] ` };
    if (first?.type === 'paragraph')
      this.notes.push({ ...first, content: [lead, ...(first.content ?? [])] }, ...rest);
    else this.notes.push(paragraph([lead]), ...blocks);
    this.report.endNotes += 1;
  }

  private table(el: HtmlElement): JSONContent[] {
    const rows: JSONContent[] = [];
    const collect = (nodes: readonly HtmlNode[]): void => {
      for (const node of nodes) {
        if (typeof node === 'string') continue;
        if (node.tag === 'tr') rows.push(this.row(node));
        else if (node.tag !== 'table') collect(node.children);
      }
    };
    collect(el.children);
    return rows.length > 0 ? [{ type: 'table', content: rows }] : [];
  }

  private row(tr: HtmlElement): JSONContent {
    const cells = tr.children
      .filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))
      .map((cell) => ({
        type: cell.tag === 'th' ? 'tableHeader' : 'tableCell',
        attrs: { colspan: span(cell.attrs.colspan), rowspan: span(cell.attrs.rowspan) },
        content: this.nonEmpty(this.blocks(cell.children)),
      }));
    return {
      type: 'tableRow',
      content: cells.length > 0 ? cells : [{ type: 'tableCell', content: [paragraph([])] }],
    };
  }

  private inline(nodes: readonly HtmlNode[], marks: readonly Mark[]): JSONContent[] {
    const out: JSONContent[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') {
        // Word's tabs and line ends inside a run are spaces in running text.
        const text = node.replace(/[\t\r\n]+/g, ' ');
        if (text !== '')
          out.push({ type: 'text', text, ...(marks.length > 0 ? { marks: [...marks] } : {}) });
        continue;
      }
      out.push(...this.inlineElement(node, marks));
    }
    return out;
  }

  private inlineElement(el: HtmlElement, marks: readonly Mark[]): JSONContent[] {
    if (el.tag === 'br') return [{ type: 'hardBreak' }];
    if (el.tag === 'img') {
      const index = this.report.images.length + 1;
      this.report.images.push({ index, alt: el.attrs.alt ?? '' });
      return [
        {
          type: 'text',
          text: `[Hình ${index}${el.attrs.alt ? `: ${el.attrs.alt}` : ''}]`,
          marks: [...marks],
        },
      ];
    }
    if (el.tag === 'a') return this.anchor(el, marks);
    const [only] = el.children;
    // Mammoth puts a footnote's reference in <sup>: the number stands for it, no mark lost.
    if (
      el.children.length === 1 &&
      typeof only !== 'string' &&
      only?.tag === 'a' &&
      FOOTNOTE_REF.test(only.attrs.href ?? '')
    ) {
      return this.anchor(only, marks);
    }
    const markName = MARK_OF_TAG[el.tag];
    if (!markName) return this.inline(el.children, marks);
    if (!this.schema.marks[markName]) {
      const lost = markName === 'superscript' || markName === 'subscript' ? markName : null;
      if (lost && !this.report.lostFormatting.includes(lost)) this.report.lostFormatting.push(lost);
      return this.inline(el.children, marks);
    }
    return this.inline(
      el.children,
      marks.some((m) => m.type === markName) ? marks : [...marks, { type: markName }],
    );
  }

  private anchor(el: HtmlElement, marks: readonly Mark[]): JSONContent[] {
    const href = el.attrs.href ?? '';
    // The way back from a note to its reference means nothing once the note is at the end.
    if (href.startsWith('#footnote-ref-')) return [];
    const note = FOOTNOTE_REF.exec(href);
    // A footnote reference: its number, as the note at the end is numbered.
    if (note)
      return [
        { type: 'text', text: `[${note[1]}]`, ...(marks.length > 0 ? { marks: [...marks] } : {}) },
      ];
    if (!isSafeLinkUrl(href)) return this.inline(el.children, marks);
    return this.inline(el.children, [
      ...marks.filter((m) => m.type !== 'link'),
      { type: 'link', attrs: { href } },
    ]);
  }
}

/** The h1…h6 levels in the tree, found with a stack (the tree is bounded, but needn't be recursed). */
function headingTags(root: HtmlElement): number[] {
  const levels: number[] = [];
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') continue;
    const match = /^h([1-6])$/.exec(node.tag);
    if (match) levels.push(Number(match[1]));
    stack.push(...node.children);
  }
  return levels;
}

const span = (value: string | undefined): number => {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};
