import type mammoth from 'mammoth';
import { sha256 } from '../files/blobStore.js';
import { MAX_FILE_BYTES } from '../files/fileService.js';
import { sniffImageType, type ImageType } from '../files/sniff.js';

/** How a kept picture is named in mammoth's HTML, until it becomes a figure. */
export const FIGURE_SOURCE = 'planfold-figure:';

export interface Picture {
  mime: ImageType;
  bytes: Uint8Array;
}

type ImageConverter = Parameters<typeof mammoth.images.imgElement>[0];

/**
 * A .docx's pictures, as mammoth meets them: those a figure can show (the types and size an
 * upload accepts) are kept by their SHA-256, the others get no source and are listed as dropped.
 * The bytes come from the zip the guard already bounded, so holding them adds no new risk.
 */
export class PictureCollector {
  readonly kept = new Map<string, Picture>();

  readonly convert: ImageConverter = async (image) => {
    const bytes = new Uint8Array(await image.readAsBuffer());
    const mime = sniffImageType(bytes);
    if (!mime || bytes.length > MAX_FILE_BYTES) return { src: '' };
    const hash = sha256(bytes);
    this.kept.set(hash, { mime, bytes });
    return { src: `${FIGURE_SOURCE}${hash}` };
  };
}
