/**
 * Section text (a ProseMirror node of the editor's schema) as Word paragraphs and tables. Node
 * types this file does not know yet are written as their plain text, never dropped.
 */
import type { Mark, Node } from '@tiptap/pm/model';
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  FootnoteReferenceRun,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { captionLabel, type CaptionKind } from '../../shared/editor/captions.js';
import { BULLETS, LIST_LEVELS, ORDERED } from './layout.js';
import { figureImage, type PictureSource } from './pictures.js';

export type Block = Paragraph | Table;

/** Headings inside a section sit below the section's own (Heading 2): h2 → Heading 3, … */
const HEADING_STYLE: Record<number, string> = { 2: 'Heading3', 3: 'Heading4', 4: 'Heading5' };

/** Deeper than this, a tree is written as plain text: no unbounded recursion over stored data. */
const MAX_DEPTH = 40;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

interface Context {
  depth: number;
  /** Paragraph style for body text here (table cells are set smaller, without indent). */
  style?: string;
  list?: { reference: string; level: number; instance: number };
  quote?: boolean;
}

/** Ordered lists each restart at 1: every list gets its own numbering instance. */
export class BlockWriter {
  private lists = 0;
  /** Word footnotes, numbered through the whole document as Word numbers them. */
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private notes = 0;
  /** Captions are numbered per section ("Bảng III.1.2"). */
  private section = '';
  private readonly counts = { figure: 0, table: 0 };

  constructor(private readonly pictures: PictureSource = () => undefined) {}

  write(doc: Node, sectionNumber: string): Block[] {
    this.section = sectionNumber;
    this.counts.figure = 0;
    this.counts.table = 0;
    return this.children(doc, { depth: 0 });
  }

  private caption(kind: CaptionKind, text: string): Paragraph {
    this.counts[kind] += 1;
    const label = captionLabel(kind, this.section, this.counts[kind]);
    return new Paragraph({
      style: 'Caption',
      children: [new TextRun({ text: text ? `${label}. ${text}` : label })],
    });
  }

  private inline(node: Node): ParagraphChild[] {
    return inline(node, (note) => {
      this.notes += 1;
      this.footnotes[this.notes] = {
        children: [new Paragraph({ children: inline(note, () => null) })],
      };
      return this.notes;
    });
  }

  private children(node: Node, ctx: Context): Block[] {
    const out: Block[] = [];
    node.forEach((child) => out.push(...this.block(child, ctx)));
    return out;
  }

  private block(node: Node, ctx: Context): Block[] {
    if (ctx.depth > MAX_DEPTH) return [this.plain(node.textContent, ctx)];
    const deeper = { ...ctx, depth: ctx.depth + 1 };
    switch (node.type.name) {
      case 'paragraph':
        return [this.paragraph(node, ctx)];
      case 'heading': {
        const level = Number(node.attrs.level);
        return [
          new Paragraph({ style: HEADING_STYLE[level] ?? 'Heading5', children: this.inline(node) }),
        ];
      }
      case 'bulletList':
      case 'orderedList':
        return this.list(node, deeper);
      case 'listItem':
        return this.listItem(node, deeper);
      case 'blockquote':
        return this.children(node, { ...deeper, quote: true });
      case 'codeBlock':
        return node.textContent
          .split('\n')
          .map((line) => this.plain(line, ctx, { font: 'Courier New' }));
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: BORDER }, children: [] })];
      case 'table': {
        // Vietnamese reports caption a table above it and a figure below.
        const caption = typeof node.attrs.caption === 'string' ? node.attrs.caption : '';
        return [this.caption('table', caption), this.table(node, deeper)];
      }
      case 'figure': {
        const image = figureImage(node, this.pictures);
        const alt =
          typeof node.attrs.alt === 'string' && node.attrs.alt ? `: ${node.attrs.alt}` : '';
        // A picture the plan no longer holds (or Word cannot show, WebP): its place is marked.
        return [
          image
            ? new Paragraph({ style: 'Figure', children: [image] })
            : this.plain(`[Hình${alt}]`, { ...ctx, style: 'Caption' }),
          this.caption('figure', node.textContent),
        ];
      }
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      default:
        return node.isTextblock || node.isLeaf
          ? [this.plain(node.textContent, ctx)]
          : this.children(node, deeper);
    }
  }

  private paragraph(node: Node, ctx: Context): Paragraph {
    const align = alignmentOf(node);
    return new Paragraph({
      ...(ctx.style ? { style: ctx.style } : {}),
      ...(ctx.list
        ? { numbering: ctx.list }
        : ctx.quote
          ? { indent: { left: 720, firstLine: 0 } }
          : {}),
      ...(align ? { alignment: align } : {}),
      children: this.inline(node),
    });
  }

  private plain(text: string, ctx: Context, run: { font?: string } = {}): Paragraph {
    return new Paragraph({
      ...(ctx.style ? { style: ctx.style } : {}),
      children: [new TextRun({ text, ...run })],
    });
  }

  private list(node: Node, ctx: Context): Block[] {
    const reference = node.type.name === 'orderedList' ? ORDERED : BULLETS;
    const level = ctx.list ? Math.min(ctx.list.level + 1, LIST_LEVELS - 1) : 0;
    const instance =
      ctx.list && ctx.list.reference === reference ? ctx.list.instance : ++this.lists;
    return this.children(node, { ...ctx, list: { reference, level, instance } });
  }

  /** The item's first paragraph carries the number; what follows is indented text. */
  private listItem(node: Node, ctx: Context): Block[] {
    const out: Block[] = [];
    node.forEach((child, _offset, index) => {
      if (child.type.name === 'paragraph' && index > 0 && ctx.list) {
        const left = 720 + 360 * (ctx.list.level + 1);
        out.push(new Paragraph({ indent: { left, firstLine: 0 }, children: this.inline(child) }));
      } else out.push(...this.block(child, ctx));
    });
    return out;
  }

  private table(node: Node, ctx: Context): Table {
    const cellCtx: Context = { depth: ctx.depth + 1, style: 'TableText' };
    const rows: TableRow[] = [];
    node.forEach((row, _o, index) => {
      const cells: TableCell[] = [];
      let header = true;
      row.forEach((cell) => {
        header &&= cell.type.name === 'tableHeader';
        const content = this.children(cell, cellCtx);
        cells.push(
          new TableCell({
            children: content.length > 0 ? content : [new Paragraph({ style: 'TableText' })],
            columnSpan: Number(cell.attrs.colspan) || 1,
            rowSpan: Number(cell.attrs.rowspan) || 1,
          }),
        );
      });
      // Header rows at the top repeat on every page the table runs over.
      // (Only the header rows say so: readers take any tblHeader element, even one set off, as one.)
      const repeat = header && index === rows.length;
      rows.push(new TableRow({ children: cells, ...(repeat ? { tableHeader: true } : {}) }));
    });
    return new Table({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TABLE_BORDERS,
    });
  }
}

function alignmentOf(node: Node): (typeof AlignmentType)[keyof typeof AlignmentType] | null {
  switch (node.attrs.textAlign) {
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'left':
      return AlignmentType.LEFT;
    default:
      return null;
  }
}

function runOptions(marks: readonly Mark[]) {
  const has = (name: string): boolean => marks.some((m) => m.type.name === name);
  return {
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italics: true } : {}),
    ...(has('underline') ? { underline: {} } : {}),
    ...(has('strike') ? { strike: true } : {}),
    ...(has('superscript') ? { superScript: true } : {}),
    ...(has('subscript') ? { subScript: true } : {}),
    ...(has('code') ? { font: 'Courier New' } : {}),
  };
}

/**
 * A textblock's runs: marks as run properties, links as hyperlinks, hard breaks as breaks,
 * footnotes as references to the number `footnote` gives them (null: not in a footnote).
 */
function inline(node: Node, footnote: (note: Node) => number | null): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  node.forEach((child) => {
    if (child.type.name === 'footnote') {
      const id = footnote(child);
      if (id !== null) out.push(new FootnoteReferenceRun(id));
      return;
    }
    if (child.type.name === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
      return;
    }
    const text = child.isText ? (child.text ?? '') : child.textContent;
    if (text === '') return;
    const run = new TextRun({ text, ...runOptions(child.marks) });
    const link = child.marks.find((m) => m.type.name === 'link');
    const href = typeof link?.attrs.href === 'string' ? link.attrs.href : null;
    out.push(
      href
        ? new ExternalHyperlink({
            link: href,
            children: [new TextRun({ text, ...runOptions(child.marks), style: 'Hyperlink' })],
          })
        : run,
    );
  });
  return out;
}
