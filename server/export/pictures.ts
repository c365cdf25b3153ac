/**
 * Figures' pictures in the Word export: the bytes, read from the plan's files before the
 * document is built, and their size, read from the image header so a figure keeps its shape.
 */
import type { Node } from '@tiptap/pm/model';
import { ImageRun } from 'docx';
import type { FileService } from '../files/fileService.js';

export interface ExportPicture {
  mime: string;
  data: Uint8Array;
}
export type PictureSource = (hash: string) => ExportPicture | undefined;

/** The text width of the portrait page (210 − 30 − 15 mm) in the 96-dpi pixels docx sizes in. */
const TEXT_WIDTH_PX = Math.round(((210 - 30 - 15) / 25.4) * 96);

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => u16(b, at) * 65536 + u16(b, at + 2);

/** Width and height in pixels of a PNG or a JPEG; null for anything else or a damaged header. */
export function pictureSize(mime: string, b: Uint8Array): { width: number; height: number } | null {
  if (mime === 'image/png' && b.length >= 24) return positive(u32(b, 16), u32(b, 20));
  if (mime !== 'image/jpeg') return null;
  // Walk the JPEG's segments to the frame header (SOFn; C4, C8 and CC are not frames).
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return positive(u16(b, at + 7), u16(b, at + 5));
    at += 2 + u16(b, at + 2);
  }
  return null;
}

const positive = (width: number, height: number) =>
  width > 0 && height > 0 ? { width, height } : null;

/** The figure's picture at its width (percent of the text width), or null: then its place is marked. */
export function figureImage(node: Node, source: PictureSource): ImageRun | null {
  const file = typeof node.attrs.file === 'string' ? node.attrs.file : '';
  const picture = source(file);
  if (!picture) return null;
  const size = pictureSize(picture.mime, picture.data);
  if (!size) return null;
  const percent = Math.min(100, Math.max(10, Number(node.attrs.width) || 100));
  const width = Math.round((TEXT_WIDTH_PX * percent) / 100);
  const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : '';
  return new ImageRun({
    type: picture.mime === 'image/png' ? 'png' : 'jpg',
    data: picture.data,
    transformation: { width, height: Math.round((width * size.height) / size.width) },
    altText: { name: file.slice(0, 12), description: alt, title: alt },
  });
}

/** The files a text's figures show. */
export function figureFiles(text: Node): Set<string> {
  const hashes = new Set<string>();
  text.descendants((node) => {
    if (node.type.name === 'figure' && typeof node.attrs.file === 'string')
      hashes.add(node.attrs.file);
  });
  return hashes;
}

/** Every figure's picture in these texts that the plan holds, read once each. */
export async function loadPictures(
  files: FileService,
  planId: string,
  texts: readonly (Node | null)[],
): Promise<Map<string, ExportPicture>> {
  const pictures = new Map<string, ExportPicture>();
  for (const text of texts) {
    for (const hash of text ? figureFiles(text) : []) {
      if (pictures.has(hash)) continue;
      try {
        const record = await files.describe(planId, hash);
        pictures.set(hash, { mime: record.mime, data: await files.bytes(record) });
      } catch {
        // A figure whose file is missing keeps its marked place in the export.
      }
    }
  }
  return pictures;
}
