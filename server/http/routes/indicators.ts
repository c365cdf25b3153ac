import { Router } from 'express';
import { z } from 'zod';
import { INDICATOR_GROUPS, INDICATOR_KINDS } from '../../../shared/indicators.js';
import type { IndicatorCommands } from '../../indicators/indicatorCommands.js';
import { CSV_HEADER, registryCsvRows } from '../../indicators/indicatorCsv.js';
import { consistencyReport } from '../../indicators/consistencyReport.js';
import type { ReferenceFreezer } from '../../indicators/referenceFreezer.js';
import type { SectionReferences } from '../../indicators/sectionReferences.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { Store } from '../../store/store.js';
import { commandContext, sessionOf } from '../context.js';
import { sendCsv, toCsv } from '../csv.js';
import { bodyOf } from '../validate.js';

const Year = z.coerce.number().int('the year must be a whole number');
const AgencyCode = z.string().regex(/^[A-Z0-9_]{1,16}$/, 'an agency code such as CTK');

const ValueBody = z.object({
  kind: z.enum(INDICATOR_KINDS),
  // JSON has no NaN or Infinity; a string or null is "not a finite number".
  value: z.number({ message: 'the value must be a finite number' }).finite(),
  note: z.string().trim().max(500).default(''),
  unit: z.string().max(60).optional(),
});

const NewIndicatorBody = z.object({
  code: z.string().regex(/^[A-Z0-9_]{1,32}$/, 'a code such as GRDP_TT'),
  nameVi: z.string().trim().min(1).max(300),
  nameEn: z.string().trim().min(1).max(300),
  unit: z.string().trim().min(1).max(60),
  group: z.enum(INDICATOR_GROUPS),
  owner: AgencyCode,
});

const PatchBody = z
  .object({
    owner: AgencyCode.optional(),
    retired: z.boolean().optional(),
    note: z.string().trim().max(500).default(''),
  })
  .refine((b) => b.owner !== undefined || b.retired !== undefined, 'give owner or retired');

const ImportBody = z.object({
  csv: z.string().max(900_000),
  apply: z.boolean().default(false),
});

/** The indicator registry and the references to it (docs/api.md "Indicators"). */
export function indicatorRoutes(
  store: Store,
  directory: SectionDirectory,
  commands: IndicatorCommands,
  references: SectionReferences,
  freezer: ReferenceFreezer,
): Router {
  const router = Router();

  router.get('/plans/:planId/indicators', async (req, res) => {
    sessionOf(res);
    res.json({ indicators: await commands.list(req.params.planId) });
  });

  router.get('/plans/:planId/indicators.csv', async (req, res) => {
    sessionOf(res);
    const indicators = await commands.list(req.params.planId);
    sendCsv(
      res,
      `so-lieu-${req.params.planId}.csv`,
      toCsv(CSV_HEADER, registryCsvRows(indicators), ';'),
    );
  });

  router.post('/plans/:planId/indicators.csv', async (req, res) => {
    const ctx = commandContext(req, res);
    const { csv, apply } = bodyOf(req, ImportBody);
    res.json(await commands.importCsv(ctx, req.params.planId, csv, apply));
  });

  router.post('/plans/:planId/indicators', async (req, res) => {
    const ctx = commandContext(req, res);
    const body = bodyOf(req, NewIndicatorBody);
    res.status(201).json({ indicator: await commands.create(ctx, req.params.planId, body) });
  });

  router.patch('/indicators/:id', async (req, res) => {
    const ctx = commandContext(req, res);
    const body = bodyOf(req, PatchBody);
    res.json({ indicator: await commands.update(ctx, req.params.id, body) });
  });

  router.put('/indicators/:id/values/:year', async (req, res) => {
    const ctx = commandContext(req, res);
    const year = Year.parse(req.params.year);
    const body = bodyOf(req, ValueBody);
    res.json({ indicator: await commands.setValue(ctx, req.params.id, year, body) });
  });

  router.get('/indicators/:id/history', async (req, res) => {
    sessionOf(res);
    res.json({ changes: await commands.history(req.params.id) });
  });

  router.get('/indicators/:id/usage', async (req, res) => {
    sessionOf(res);
    const indicator = await commands.get(req.params.id);
    res.json({ sections: await references.usage(indicator.planId, indicator.id) });
  });

  router.get('/sections/:id/consistency', async (req, res) => {
    sessionOf(res);
    res.json(await consistencyReport(store, directory, references, req.params.id));
  });

  router.get('/sections/:id/frozen-figures', async (req, res) => {
    sessionOf(res);
    res.json({ figures: await freezer.frozenFigures(req.params.id) });
  });

  router.delete('/sections/:id/frozen-figures', async (req, res) => {
    const ctx = commandContext(req, res);
    await freezer.takeNewFigures(ctx, req.params.id);
    res.status(204).end();
  });

  return router;
}
