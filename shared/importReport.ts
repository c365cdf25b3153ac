/** What a Word import brought and what it could not keep (shown before and after confirming). */
export interface ImportReport {
  fileName: string;
  /** Top-level blocks (paragraphs, headings, lists, tables) that will arrive. */
  blocks: number;
  /** Pictures: the editor has no figures yet, so each is listed here and marked in the text. */
  images: { index: number; alt: string }[];
  /** Word footnotes, kept as numbered notes at the end of the text. */
  endNotes: number;
  /** Formatting the editor cannot hold yet; the text itself is kept. */
  lostFormatting: ('superscript' | 'subscript' | 'alignment')[];
  /** What the converter said it could not read (Word styles it did not recognise are left out). */
  warnings: string[];
}

export const IMPORT_MODES = ['replace', 'end', 'at'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
