/** What a Word import brought and what it could not keep (shown before and after confirming). */
export interface ImportReport {
  fileName: string;
  /** Top-level blocks (paragraphs, headings, lists, tables, figures) that will arrive. */
  blocks: number;
  /** Word footnotes and endnotes, kept as the editor's footnotes where they are cited. */
  footnotes: number;
  /** Pictures kept as figures (PNG, JPEG or WebP). */
  figures: number;
  /** Pictures that could not be kept (another format, or over 10 MB): listed and marked in the text. */
  images: { index: number; alt: string }[];
  /** Formatting the editor cannot hold; the text itself is kept. */
  lostFormatting: ('superscript' | 'subscript' | 'alignment')[];
  /** What the converter said it could not read (Word styles it did not recognise are left out). */
  warnings: string[];
}

export const IMPORT_MODES = ['replace', 'end', 'at'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
