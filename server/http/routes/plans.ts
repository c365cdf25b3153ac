import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors.js';
import { authorize } from '../../plan/authorize.js';
import { PLAN_TEMPLATES, type PlanCommands } from '../../plan/planCommands.js';
import type { CommandContext } from '../../plan/sectionCommands.js';
import type { SectionDirectory } from '../../plan/directory.js';
import { toSectionView, withTitle, type Language } from '../../plan/views.js';
import type { PlanRecord } from '../../store/plans.js';
import { languageOf, sessionOf } from '../context.js';
import { bodyOf, queryOf } from '../validate.js';

const withPlanTitle = (plan: PlanRecord, language: Language) => ({
  ...plan,
  title: language === 'en' ? plan.titleEn : plan.titleVi,
});

const Title = z.string().trim().min(3).max(300);
const Province = z.string().trim().min(2).max(80);
const Year = z.number().int().min(2000).max(2100);

const NewPlanBody = z
  .strictObject({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'use 2–40 letters, digits or dashes'),
    titleVi: Title,
    titleEn: Title.optional(),
    province: Province,
    periodStart: Year,
    periodEnd: Year,
    vision: Year,
    template: z.enum(PLAN_TEMPLATES),
  })
  .refine((p) => p.periodStart < p.periodEnd && p.periodEnd <= p.vision, {
    message: 'periodStart < periodEnd ≤ vision',
    path: ['periodEnd'],
  });

const PlanPatchBody = z
  .strictObject({
    titleVi: Title.optional(),
    titleEn: Title.optional(),
    province: Province.optional(),
    archived: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'titleVi, titleEn, province or archived');

const PlansQuery = z.object({ archived: z.enum(['0', '1']).optional() });

function adminContext(req: Request, res: Response): CommandContext {
  const actor = sessionOf(res).user;
  authorize(actor, 'managePlans', null);
  return { actor, address: req.ip ?? null };
}

/**
 * The plans: every signed-in user reads every plan and section (archived ones too, on asking);
 * the administrator creates, renames and archives.
 */
export function planRoutes(directory: SectionDirectory, commands: PlanCommands): Router {
  const router = Router();

  router.get('/plans', (req, res) => {
    sessionOf(res);
    const withArchived = queryOf(req, PlansQuery).archived === '1';
    const plans = directory.plans().filter((p) => withArchived || !p.archived);
    res.json({ plans: plans.map((p) => withPlanTitle(p, languageOf(req))) });
  });

  router.post('/plans', async (req, res) => {
    const ctx = adminContext(req, res);
    const plan = await commands.create(ctx, bodyOf(req, NewPlanBody));
    res.status(201).json({ plan: withPlanTitle(plan, languageOf(req)) });
  });

  router.patch('/plans/:planId', async (req, res) => {
    const ctx = adminContext(req, res);
    const plan = await commands.update(ctx, req.params.planId, bodyOf(req, PlanPatchBody));
    res.json({ plan: withPlanTitle(plan, languageOf(req)) });
  });

  router.get('/plans/:planId', (req, res) => {
    sessionOf(res);
    const plan = directory.plan(req.params.planId);
    if (!plan) throw notFound('Plan');
    const language = languageOf(req);
    res.json({
      ...withPlanTitle(plan, language),
      sections: directory.sectionsOf(plan.id).map((s) => withTitle(toSectionView(s), language)),
    });
  });

  return router;
}
