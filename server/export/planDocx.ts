/**
 * The integrated plan (or part of it) as a .docx in the Decree 30/2020 layout: a cover page, a
 * table of contents field, then every section under its part and section heading.
 */
import type { Node } from '@tiptap/pm/model';
import {
  AlignmentType,
  Document,
  Header,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { provinceOf } from '../../shared/planTitle.js';
import type { PlanRecord } from '../store/plans.js';
import { BlockWriter, type Block } from './blocks.js';
import { NUMBERING, portraitPage, STYLES } from './layout.js';
import type { PictureSource } from './pictures.js';
import type { OutlineEntry } from './selection.js';

export interface PlanExport {
  plan: PlanRecord;
  /** The edition line of the cover ("Dự thảo lần 2", or the section's status). */
  edition: string;
  /** When the export is made: the cover's "tháng … năm …". */
  date: Date;
  sections: readonly { entry: OutlineEntry; text: Node | null }[];
  /** The figures' pictures (without them, each figure's place is marked). */
  pictures?: PictureSource;
}

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

function cover(plan: PlanRecord, edition: string, date: Date): Paragraph[] {
  const province = provinceOf(plan);
  const line = (text: string, opts: { bold?: boolean; size?: number; before?: number } = {}) =>
    new Paragraph({
      style: 'CoverLine',
      spacing: { before: opts.before ?? 120 },
      children: [
        new TextRun({
          text,
          ...(opts.bold ? { bold: true } : {}),
          ...(opts.size ? { size: opts.size } : {}),
        }),
      ],
    });
  // Month and year as a Vietnamese date line writes them: "tháng 02 năm 2026".
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return [
    line(province ? `ỦY BAN NHÂN DÂN TỈNH ${upper(province)}` : 'ỦY BAN NHÂN DÂN', {
      bold: true,
      before: 0,
    }),
    line(upper(plan.titleVi), { bold: true, size: 36, before: 4800 }),
    line(edition, { before: 480 }),
    line(`${province ?? ''}${province ? ', ' : ''}tháng ${month} năm ${date.getFullYear()}`, {
      before: 5200,
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** Parts ("Phần I") and chapters: the number, then the title in capitals on the next line. */
function heading({ section, depth }: OutlineEntry): Paragraph {
  if (depth === 0) {
    const numbered = /^(phần|chương)\b/iu.test(section.number);
    return new Paragraph({
      style: 'Heading1',
      children: numbered
        ? [
            new TextRun(upper(section.number)),
            new TextRun({ text: upper(section.titleVi), break: 1 }),
          ]
        : [new TextRun(upper(section.titleVi))],
    });
  }
  return new Paragraph({
    style: depth === 1 ? 'Heading2' : 'Heading3',
    children: [new TextRun(`${section.number}. ${section.titleVi}`)],
  });
}

export function planDocument(input: PlanExport): Document {
  const writer = new BlockWriter(input.pictures);
  const body: Block[] = [];
  for (const { entry, text } of input.sections) {
    body.push(heading(entry));
    if (text && !entry.headingOnly) body.push(...writer.write(text, entry.section.number));
  }
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  return new Document({
    title: input.plan.titleVi,
    creator: 'PlanFold',
    styles: STYLES,
    numbering: NUMBERING,
    footnotes: writer.footnotes,
    // Word fills in the table of contents when the file is opened.
    features: { updateFields: true },
    sections: [
      {
        properties: { page: portraitPage, titlePage: true },
        // The cover is the first page: no number on it.
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: [
          ...cover(input.plan, input.edition, input.date),
          new Paragraph({
            style: 'CoverLine',
            children: [new TextRun({ text: 'MỤC LỤC', bold: true })],
          }),
          new TableOfContents('Mục lục', { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ children: [new PageBreak()] }),
          ...body,
        ],
      },
    ],
  });
}

export async function planDocx(input: PlanExport): Promise<Buffer> {
  return Packer.toBuffer(planDocument(input));
}
