import express, { Router } from 'express';
import { FILE_HASH } from '../../../shared/editor/figure.js';
import { MAX_FILE_BYTES, type FileService } from '../../files/fileService.js';
import { declaredType } from '../../files/sniff.js';
import { notFound } from '../../errors.js';
import type { AuditLog } from '../../audit/auditLog.js';
import { commandContext, sessionOf } from '../context.js';

/** A file's address never changes what it serves (it names the content): cache it for a year. */
const IMMUTABLE = 'private, max-age=31536000, immutable';

export const fileUrl = (planId: string, hash: string): string =>
  `/api/plans/${encodeURIComponent(planId)}/files/${hash}`;

const UPLOAD_PATH = /^\/sections\/[^/]+\/files$/;

/** The upload route, whose body is an image's bytes rather than JSON. */
export const isUploadPath = (path: string): boolean => UPLOAD_PATH.test(path);

export function fileRoutes(files: FileService, audit: AuditLog): Router {
  const router = Router();
  // Any type is read as bytes: the service decides what the bytes are, not the header.
  const raw = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

  router.post('/sections/:id/files', raw, async (req, res) => {
    const ctx = commandContext(req, res);
    const body: unknown = req.body;
    const data = body instanceof Uint8Array ? body : new Uint8Array();
    const record = await files.upload(
      ctx.actor,
      req.params.id,
      declaredType(req.headers['content-type']),
      data,
    );
    await audit.record(ctx.actor, 'upload', {
      sectionId: req.params.id,
      detail: `${record.hash} ${record.mime} ${record.size}`,
      address: ctx.address,
    });
    res.status(201).json({
      file: {
        hash: record.hash,
        mime: record.mime,
        size: record.size,
        url: fileUrl(record.planId, record.hash),
      },
    });
  });

  router.get('/plans/:planId/files/:hash', async (req, res) => {
    sessionOf(res);
    const { planId, hash } = req.params;
    if (!FILE_HASH.test(hash)) throw notFound('File');
    const record = await files.describe(planId, hash);
    if (req.headers['if-none-match'] === `"${hash}"`) {
      res
        .status(304)
        .set({ 'cache-control': IMMUTABLE, etag: `"${hash}"` })
        .end();
      return;
    }
    const data = await files.bytes(record);
    res
      .status(200)
      .set({
        'content-type': record.mime,
        'content-length': String(data.length),
        'cache-control': IMMUTABLE,
        etag: `"${hash}"`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'content-disposition': 'inline',
      })
      .end(Buffer.from(data.buffer, data.byteOffset, data.length));
  });

  return router;
}
