/**
 * The comment-response summary (bảng tổng hợp tiếp thu, giải trình) as the consultant files
 * it: landscape A4, the CSV's columns, a row per section heading above its comments.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PlanRecord } from '../store/plans.js';
import { summaryCsvRow, SUMMARY_HEADER_VI, type SummaryRow } from '../threads/summary.js';
import { landscapePage, STYLES } from './layout.js';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** Column widths in fiftieths of a percent: STT and status narrow, the texts wide. */
const WIDTHS = [4, 12, 12, 10, 20, 14, 20, 8];

const cellText = (text: string, bold = false): Paragraph[] =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        style: 'TableText',
        children: [new TextRun({ text: line, ...(bold ? { bold: true } : {}) })],
      }),
  );

const cell = (text: string, index: number, bold = false): TableCell =>
  new TableCell({
    width: { size: WIDTHS[index] ?? 10, type: WidthType.PERCENTAGE },
    children: cellText(text, bold),
  });

function table(rows: readonly SummaryRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: SUMMARY_HEADER_VI.map((h, i) => cell(h, i, true)),
  });
  const body: TableRow[] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (row.sectionId !== section) {
      section = row.sectionId;
      body.push(
        new TableRow({
          children: [
            new TableCell({
              columnSpan: SUMMARY_HEADER_VI.length,
              shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' },
              children: cellText(row.section, true),
            }),
          ],
        }),
      );
    }
    body.push(new TableRow({ children: summaryCsvRow(row).map((c, i) => cell(String(c), i)) }));
  }
  return new Table({
    rows: [header, ...body],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
  });
}

export async function commentsDocx(plan: PlanRecord, rows: readonly SummaryRow[]): Promise<Buffer> {
  const centred = (text: string, bold: boolean) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0 },
      children: [new TextRun({ text, bold })],
    });
  const doc = new Document({
    title: 'Bảng tổng hợp tiếp thu, giải trình',
    creator: 'PlanFold',
    styles: STYLES,
    sections: [
      {
        properties: { page: landscapePage },
        children: [
          centred('BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý', true),
          centred(plan.titleVi, false),
          rows.length > 0 ? table(rows) : centred('Chưa có ý kiến góp ý.', false),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
