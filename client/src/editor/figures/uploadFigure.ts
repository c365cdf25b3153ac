/**
 * POST /api/sections/:id/files with the image's bytes, reporting progress. XMLHttpRequest, not
 * fetch: only it reports how much of a request body has been sent.
 */
import * as z from 'zod/mini';
import { ApiError } from '../../api/ApiError.js';
import { ErrorBodyWire } from '../../api/wire.js';

export const FIGURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_FIGURE_BYTES = 10 * 1024 * 1024;

const UploadWire = z.object({ file: z.object({ hash: z.string() }) });

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Resolves with the file's hash; rejects with an ApiError (status 0: the network failed). */
export function uploadFigure(
  sectionId: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/sections/${encodeURIComponent(sectionId)}/files`);
    xhr.setRequestHeader('Content-Type', file.type);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The upload did not reach the server.'));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      const ok = UploadWire.safeParse(body);
      if (xhr.status === 201 && ok.success) return resolve(ok.data.file.hash);
      const failed = ErrorBodyWire.safeParse(body);
      reject(
        failed.success
          ? new ApiError(xhr.status, failed.data.error.code, failed.data.error.message)
          : new ApiError(xhr.status, `http-${xhr.status}`, xhr.statusText),
      );
    };
    xhr.send(file);
  });
}
