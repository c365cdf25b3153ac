/**
 * Caption numbers, per section ("Hình III.1.2", "Bảng I.4.1"): the section's number, then the
 * figure's (or table's) order in it. Pure, so the editor and the export number alike.
 */
import type { Node } from '@tiptap/pm/model';

export type CaptionKind = 'figure' | 'table';
export type CaptionLanguage = 'vi' | 'en';

const PREFIX: Record<CaptionLanguage, Record<CaptionKind, string>> = {
  vi: { figure: 'Hình', table: 'Bảng' },
  en: { figure: 'Figure', table: 'Table' },
};

/** "III.1", "Phần II" → "II"; numbers that are not outline numbers ("Mở đầu") give none. */
function outlinePrefix(sectionNumber: string): string {
  const bare = sectionNumber.trim().replace(/^Phần\s+/u, '');
  return /^[IVXLC]+(\.\d+)*$/.test(bare) ? `${bare}.` : '';
}

export function captionLabel(
  kind: CaptionKind,
  sectionNumber: string,
  ordinal: number,
  language: CaptionLanguage = 'vi',
): string {
  return `${PREFIX[language][kind]} ${outlinePrefix(sectionNumber)}${ordinal}`;
}

export interface NumberedCaption {
  /** The figure's or table's position in the document. */
  pos: number;
  kind: CaptionKind;
  label: string;
}

const KINDS: Record<string, CaptionKind | undefined> = { figure: 'figure', table: 'table' };

/** Every figure and table of a section body, in order, with its label. */
export function numberCaptions(
  doc: Node,
  sectionNumber: string,
  language: CaptionLanguage = 'vi',
): NumberedCaption[] {
  const counts: Record<CaptionKind, number> = { figure: 0, table: 0 };
  const out: NumberedCaption[] = [];
  doc.descendants((node, pos) => {
    const kind = KINDS[node.type.name];
    if (kind) {
      counts[kind] += 1;
      out.push({ pos, kind, label: captionLabel(kind, sectionNumber, counts[kind], language) });
    }
    // Text never holds a figure or a table: skip the inside of every paragraph and heading.
    return !node.isTextblock;
  });
  return out;
}
