import type { Node, Schema } from '@tiptap/pm/model';
import mammoth from 'mammoth';
import type { ImportReport } from '../../shared/importReport.js';
import { AppError } from '../errors.js';
import { parseHtml } from './htmlTree.js';
import { HtmlToContent } from './htmlToContent.js';
import { PictureCollector, type Picture } from './pictures.js';
import { openDocx } from './zipGuard.js';

export interface WordImport {
  doc: Node;
  report: ImportReport;
  /** The figures' pictures by SHA-256: stored as the plan's files when the import is confirmed. */
  pictures: ReadonlyMap<string, Picture>;
}

/** Word keeps these as formatting the editor does not have as styles; mammoth skips them. */
const STYLE_MAP = ['u => u', 'strike => s'];
/** Mammoth's notes about Word styles it has no mapping for: the text itself arrives. */
const STYLE_NOTE = /^Unrecognised (paragraph|run|table) style/;

/** A .docx → the section's content, through the editor's schema, and what could not be kept. */
export async function importWord(
  bytes: Uint8Array,
  fileName: string,
  schema: Schema,
): Promise<WordImport> {
  const docx = openDocx(bytes);
  let html: string;
  let messages: { type: string; message: string }[];
  const pictures = new PictureCollector();
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(pictures.convert),
      },
    );
    html = result.value;
    messages = result.messages;
  } catch {
    throw new AppError(422, 'docx-unreadable', 'The .docx file is damaged and cannot be read.');
  }
  const { doc, report } = new HtmlToContent(schema).convert(parseHtml(html));
  let node: Node;
  try {
    node = schema.nodeFromJSON(doc);
    node.check();
  } catch {
    throw new AppError(422, 'docx-unreadable', 'The content of this .docx cannot be imported.');
  }
  return {
    doc: node,
    pictures: pictures.kept,
    report: {
      fileName,
      blocks: node.childCount,
      ...report,
      warnings: messages.map((m) => m.message).filter((m) => !STYLE_NOTE.test(m)),
    },
  };
}
