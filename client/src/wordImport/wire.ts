/** The Word import's answers, checked as they arrive. */
import type { JSONContent } from '@tiptap/core';
import * as z from 'zod/mini';

export const ImportReportWire = z.object({
  fileName: z.string(),
  blocks: z.number(),
  footnotes: z.number(),
  figures: z.number(),
  images: z.array(z.object({ index: z.number(), alt: z.string() })),
  lostFormatting: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReportWire>;

const isDoc = (value: unknown): value is JSONContent =>
  typeof value === 'object' && value !== null && 'type' in value && value.type === 'doc';

export const ImportPreviewWire = z.object({
  content: z.custom<JSONContent>(isDoc),
  report: ImportReportWire,
});
export type ImportPreview = z.infer<typeof ImportPreviewWire>;

export const ImportDoneWire = z.object({ report: ImportReportWire });
