import type { Response } from 'express';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/** The name without diacritics (đ → d) and without anything a quoted header value can't hold. */
function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
}

/** RFC 5987: what encodeURIComponent leaves alone, minus the characters the grammar excludes. */
const rfc5987 = (name: string): string =>
  encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Sends a file for download, named in ASCII for old clients and in UTF-8 (`filename*`). */
export function sendDownload(res: Response, type: string, name: string, bytes: Buffer): void {
  res
    .type(type)
    .set(
      'Content-Disposition',
      `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${rfc5987(name)}`,
    )
    .set('Cache-Control', 'no-store')
    .send(bytes);
}
