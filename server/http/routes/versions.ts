import { Router } from 'express';
import { z } from 'zod';
import { VERSION_NAME_MAX } from '../../../shared/versions/model.js';
import type { AuditLog } from '../../audit/auditLog.js';
import { authorize } from '../../plan/authorize.js';
import type { SectionDirectory } from '../../plan/directory.js';
import { notFound } from '../../errors.js';
import type { VersionRestorer } from '../../versions/restore.js';
import { CURRENT, type VersionService } from '../../versions/versionService.js';
import { commandContext, sessionOf } from '../context.js';
import { bodyOf, queryOf } from '../validate.js';

const VersionId = z.uuid();
const VersionRef = z.union([z.literal(CURRENT), VersionId]);
const NewVersionBody = z.object({ name: z.string().trim().min(1).max(VERSION_NAME_MAX) });
const CompareQuery = z.object({ from: VersionRef, to: VersionRef.default(CURRENT) });

/** A section's versions: the list, taking one by hand, the text of one, restoring one, comparisons. */
export function versionRoutes(
  versions: VersionService,
  restorer: VersionRestorer,
  directory: SectionDirectory,
  audit: AuditLog,
): Router {
  const router = Router();
  const sectionOf = (id: string) => {
    const section = directory.section(id);
    if (!section) throw notFound('Section');
    return section;
  };

  router.get('/sections/:id/versions', async (req, res) => {
    sessionOf(res);
    const section = sectionOf(req.params.id);
    res.json({ versions: await versions.list(section.id) });
  });

  router.post('/sections/:id/versions', async (req, res) => {
    const ctx = commandContext(req, res);
    const section = sectionOf(req.params.id);
    authorize(ctx.actor, 'takeVersion', section);
    const { name } = bodyOf(req, NewVersionBody);
    const version = await versions.capture(section.id, {
      kind: 'manual',
      name,
      status: section.status,
      actorId: ctx.actor.id,
    });
    await audit.record(ctx.actor, 'version', {
      sectionId: section.id,
      detail: name,
      address: ctx.address,
    });
    res.status(201).json({ version });
  });

  router.get('/sections/:id/versions/:versionId/content', async (req, res) => {
    sessionOf(res);
    const section = sectionOf(req.params.id);
    const ref = VersionRef.safeParse(req.params.versionId);
    if (!ref.success) throw notFound('Version');
    res.json({ doc: await versions.content(section.id, ref.data) });
  });

  router.post('/sections/:id/versions/:versionId/restore', async (req, res) => {
    const ctx = commandContext(req, res);
    const id = VersionId.safeParse(req.params.versionId);
    if (!id.success) throw notFound('Version');
    const before = await restorer.restore(ctx, req.params.id, id.data);
    res.json({ before });
  });

  router.get('/sections/:id/compare', async (req, res) => {
    sessionOf(res);
    const section = sectionOf(req.params.id);
    const { from, to } = queryOf(req, CompareQuery);
    res.json(await versions.compareWithAuthors(section.id, from, to));
  });

  return router;
}
