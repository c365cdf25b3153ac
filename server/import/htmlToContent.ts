/**
 * Mammoth's HTML → ProseMirror JSON of the editor's schema. Headings move below the section's
 * title (Word's Heading 1 → the editor's h2), notes become footnotes where they are cited,
 * pictures become figures after their paragraph, and whatever the schema cannot hold is written
 * into the import report instead of vanishing.
 */
import type { JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { HEADING_LEVELS } from '../../shared/editor/content.js';
import { isSafeLinkUrl } from '../../shared/editor/safeUrl.js';
import type { ImportReport } from '../../shared/importReport.js';
import { headingLevels, NOTE_BACK, NOTE_ITEM, NOTE_REF, noteItems } from './htmlScan.js';
import type { HtmlElement, HtmlNode } from './htmlTree.js';
import { FIGURE_SOURCE } from './pictures.js';

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
  private readonly report: Report = { images: [], footnotes: 0, figures: 0, lostFormatting: [] };
  /** Each note's list item by its id, converted where it is cited. */
  private notes = new Map<string, HtmlElement>();
  /** Figures met inside the block being converted: they follow it (a figure is a block). */
  private figures: JSONContent[] = [];
  /** Word's heading levels in use, highest first: the first becomes h2, the next h3, … */
  private wordLevels: number[] = [];

  constructor(private readonly schema: Schema) {}

  private headingLevel(wordLevel: number): number {
    const levels: readonly number[] = HEADING_LEVELS;
    const rank = this.wordLevels.indexOf(wordLevel);
    return levels[Math.min(Math.max(rank, 0), levels.length - 1)] ?? levels[0]!;
  }

  convert(root: HtmlElement): { doc: JSONContent; report: Report } {
    this.wordLevels = headingLevels(root);
    this.notes = noteItems(root);
    const content = this.blocks(root.children);
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
      out.push(...this.takeFigures());
    };
    for (const node of nodes) {
      if (typeof node !== 'string' && BLOCK_TAGS.has(node.tag)) {
        flush();
        out.push(...this.block(node), ...this.takeFigures());
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
      case 'p': {
        const inline = this.inline(el.children, []);
        // A paragraph that only held a picture is the figure that follows it.
        return inline.length === 0 && this.figures.length > 0 ? [] : [paragraph(inline)];
      }
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

  /** A picture that cannot be a figure: listed in the report; its number marks its place. */
  private dropPicture(alt: unknown): number {
    const index = this.report.images.length + 1;
    this.report.images.push({ index, alt: typeof alt === 'string' ? alt : '' });
    return index;
  }

  private takeFigures(): JSONContent[] {
    const figures = this.figures;
    this.figures = [];
    return figures;
  }

  private nonEmpty(blocks: JSONContent[]): JSONContent[] {
    return blocks.length > 0 ? blocks : [paragraph([])];
  }

  private list(el: HtmlElement): JSONContent[] {
    const items = el.children.filter(
      (c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li',
    );
    // Mammoth writes Word's notes as the last list: each is converted where it is cited.
    if (items.length > 0 && items.every((li) => NOTE_ITEM.test(li.attrs.id ?? ''))) return [];
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

  /** A note as a footnote node: its paragraphs' text and the marks a footnote allows. */
  private footnote(id: string, marks: readonly Mark[]): JSONContent {
    const li = this.notes.get(id);
    // Cited twice (Word allows it): the text stays with the first citation.
    this.notes.delete(id);
    if (!li) return { type: 'footnote' };
    this.report.footnotes += 1;
    const type = this.schema.nodes.footnote;
    const allowed = (m: Mark): boolean => {
      const markType = this.schema.marks[m.type];
      return markType !== undefined && type?.allowsMarkType(markType) === true;
    };
    const figuresBefore = this.figures.length;
    const parts = li.children.map((child) => this.inline([child], marks));
    // A note has no room for a figure: its picture is listed as dropped instead.
    for (const figure of this.figures.splice(figuresBefore)) {
      this.report.figures -= 1;
      this.dropPicture(figure.attrs?.alt);
    }
    const text = parts
      .flatMap((inline, i) => [
        ...(i > 0 ? [{ type: 'text', text: ' ' }] : []),
        ...inline.map((n) => (n.type === 'text' ? n : { type: 'text', text: ' ' })),
      ])
      .map((n) => ({ ...n, marks: (n.marks ?? []).filter(allowed) }));
    const content = trimmed(text).map(({ marks: kept, ...n }) =>
      kept.length > 0 ? { ...n, marks: kept } : n,
    );
    return content.length > 0 ? { type: 'footnote', content } : { type: 'footnote' };
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
      const src = el.attrs.src ?? '';
      const alt = el.attrs.alt ?? '';
      if (src.startsWith(FIGURE_SOURCE)) {
        this.report.figures += 1;
        this.figures.push({
          type: 'figure',
          attrs: { file: src.slice(FIGURE_SOURCE.length), alt, width: 100 },
        });
        return [];
      }
      const index = this.dropPicture(alt);
      return [{ type: 'text', text: `[Hình ${index}${alt ? `: ${alt}` : ''}]`, marks: [...marks] }];
    }
    if (el.tag === 'a') return this.anchor(el, marks);
    const [only] = el.children;
    // Mammoth puts a footnote's reference in <sup>: the number stands for it, no mark lost.
    if (
      el.children.length === 1 &&
      typeof only !== 'string' &&
      only?.tag === 'a' &&
      NOTE_REF.test(only.attrs.href ?? '')
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
    if (NOTE_BACK.test(href)) return [];
    const note = NOTE_REF.exec(href);
    if (note?.[1]) return [this.footnote(note[1], [])];
    if (!isSafeLinkUrl(href)) return this.inline(el.children, marks);
    return this.inline(el.children, [
      ...marks.filter((m) => m.type !== 'link'),
      { type: 'link', attrs: { href } },
    ]);
  }
}

/** A footnote's text without the spaces Word leaves around it (mammoth keeps them). */
function trimmed<T extends JSONContent>(nodes: T[]): T[] {
  const out = nodes.map((n) => ({ ...n }));
  const first = out[0];
  if (first?.text !== undefined) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last?.text !== undefined) last.text = last.text.trimEnd();
  return out.filter((n) => n.text !== '');
}

const span = (value: string | undefined): number => {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};
