import express, { Router, type Request, type Response } from 'express';
import * as Y from 'yjs';
import { z } from 'zod';
import { contentSchema } from '../../../shared/editor/content.js';
import { IMPORT_MODES } from '../../../shared/importReport.js';
import type { CollabServer } from '../../collab/collabServer.js';
import { AppError, notFound } from '../../errors.js';
import { figureFiles } from '../../export/pictures.js';
import type { FileService } from '../../files/fileService.js';
import { placeContent } from '../../import/placeContent.js';
import { importWord, type WordImport } from '../../import/wordImport.js';
import { MAX_FILE_BYTES } from '../../import/zipGuard.js';
import { authorize } from '../../plan/authorize.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { SectionRecord } from '../../store/plans.js';
import { sessionOf } from '../context.js';
import { queryOf } from '../validate.js';

const FileQuery = z.object({
  name: z.string().trim().min(1).max(200).default('tai-lieu.docx'),
});
const ConfirmQuery = FileQuery.extend({
  mode: z.enum(IMPORT_MODES).default('end'),
  at: z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9+/=_-]*$/, 'base64')
    .optional(),
});

/** The file itself is the body (any content type): the bytes decide what it is, not a header. */
const rawFile = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

/**
 * Word import into a section: a preview (what will arrive, what will not), then the import
 * itself, which converts the file again and writes it through the section's room.
 */
export function wordImportRoutes(
  directory: SectionDirectory,
  collab: CollabServer,
  files: FileService,
): Router {
  const router = Router();
  const schema = contentSchema();

  const prepare = async (
    req: Request,
    res: Response,
  ): Promise<{ section: SectionRecord; name: string; result: WordImport }> => {
    const { user } = sessionOf(res);
    const section = directory.section(String(req.params.id));
    if (!section) throw notFound('Section');
    authorize(user, 'write', section);
    const { name } = queryOf(req, FileQuery);
    const body: unknown = req.body;
    if (!(body instanceof Uint8Array) || body.length === 0) {
      throw new AppError(415, 'not-docx', 'Send the .docx file as the request body.');
    }
    return { section, name, result: await importWord(body, name, schema) };
  };

  router.post('/sections/:id/import/preview', rawFile, async (req, res) => {
    const { result } = await prepare(req, res);
    res.json({ content: result.doc.toJSON() as unknown, report: result.report });
  });

  router.post('/sections/:id/import', rawFile, async (req, res) => {
    const { section, name, result } = await prepare(req, res);
    const { mode, at } = queryOf(req, ConfirmQuery);
    if (mode === 'at' && !at)
      throw new AppError(400, 'invalid-request', 'at: required for mode=at');
    const position = at ? Buffer.from(at, 'base64') : undefined;
    try {
      if (position) Y.decodeRelativePosition(position);
    } catch {
      throw new AppError(400, 'invalid-request', 'at: not a position in the section');
    }
    const { user } = sessionOf(res);
    // The figures' pictures first, as an upload stores them: a figure must find its file.
    for (const hash of figureFiles(result.doc)) {
      const picture = result.pictures.get(hash);
      if (picture) await files.upload(user, section.id, picture.mime, picture.bytes);
    }
    const outcome = await collab.writeAs(
      user,
      section.id,
      (doc) =>
        placeContent(doc, result.doc, {
          mode,
          ...(position ? { at: position } : {}),
        }),
      { action: 'import', detail: `Nhập từ tệp Word: ${name}` },
    );
    if (outcome === 'too-deep')
      throw new AppError(
        422,
        'docx-unreadable',
        'The file nests content deeper than a section can hold; nothing was written.',
      );
    if (outcome !== null) {
      // Refused as it was being stored: say why, as the policy says it now.
      const now = directory.section(section.id);
      if (now) authorize(user, 'write', now);
      throw new AppError(
        409,
        'conflict',
        'The section changed while importing; nothing was written.',
      );
    }
    res.json({ report: result.report });
  });

  return router;
}
