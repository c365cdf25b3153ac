/**
 * Looks inside a .docx before any converter does: its entries are counted and their declared
 * sizes summed with fflate, without inflating anything; only then are they inflated, each into
 * a buffer of its declared size (a zip that lies about a size gets cut there, never grows), and
 * written back as a stored (uncompressed) zip for mammoth. Memory for one import stays under
 * MAX_TOTAL_BYTES plus the file itself.
 */
import { strFromU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { AppError } from '../errors.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 100 * 1024 * 1024;
/** Word compresses XML about 10:1; a bomb compresses thousands to one. */
const MAX_RATIO = 200;
/** Entries smaller than this may compress as they like (an empty part compresses to nothing). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Word writes for a password-protected .docx (and for a .doc). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const unreadable = (message: string): AppError => new AppError(422, 'docx-unreadable', message);

/** Relationship types that may point outside the file: links are kept, nothing else is fetched. */
const HYPERLINK_TYPE = /\/relationships\/hyperlink$/;

export function openDocx(bytes: Uint8Array): Uint8Array {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new AppError(
      422,
      'docx-encrypted',
      'This file is password-protected (or an old .doc). Remove the password in Word, save as .docx and try again.',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new AppError(415, 'not-docx', 'This is not a Word .docx file.');
  }
  checkEntries(bytes);
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch {
    throw unreadable('The .docx file is damaged and cannot be read.');
  }
  if (!files['word/document.xml'] || !files['[Content_Types].xml']) {
    throw new AppError(415, 'not-docx', 'This zip file is not a Word .docx document.');
  }
  refuseExternalParts(files);
  return zipSync(files, { level: 0 });
}

function checkEntries(bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  let bomb = false;
  try {
    unzipSync(bytes, {
      filter: ({ size, originalSize }) => {
        entries += 1;
        total += originalSize;
        if (originalSize > RATIO_FLOOR_BYTES && originalSize > size * MAX_RATIO) bomb = true;
        if (entries > MAX_ENTRIES) throw unreadable('The .docx file holds too many parts.');
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable('The .docx file is damaged and cannot be read.');
  }
  if (bomb || total > MAX_TOTAL_BYTES) {
    throw unreadable('The .docx file unpacks to far more than it holds: it is refused.');
  }
}

/**
 * Parts that point outside the file (a linked picture, a remote template, an embedded frame)
 * would make a reader fetch them; such a file is refused rather than half imported.
 */
function refuseExternalParts(files: Unzipped): void {
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.rels')) continue;
    for (const match of strFromU8(data).matchAll(/<Relationship\b[^>]*>/g)) {
      const rel = match[0];
      if (!/TargetMode="External"/i.test(rel)) continue;
      const type = /Type="([^"]*)"/.exec(rel)?.[1] ?? '';
      if (!HYPERLINK_TYPE.test(type)) {
        throw unreadable(
          'The .docx file links to content outside itself (a linked picture, template or frame); embed it or remove it and try again.',
        );
      }
    }
  }
}
