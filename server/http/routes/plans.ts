import { Router } from 'express';
import { notFound } from '../../errors.js';
import type { SectionDirectory } from '../../plan/directory.js';
import { toSectionView, withTitle, type Language } from '../../plan/views.js';
import type { PlanRecord } from '../../store/plans.js';
import { languageOf, sessionOf } from '../context.js';

const withPlanTitle = (plan: PlanRecord, language: Language) => ({
  ...plan,
  title: language === 'en' ? plan.titleEn : plan.titleVi,
});

/** Reading the plans: every signed-in user reads every section. */
export function planRoutes(directory: SectionDirectory): Router {
  const router = Router();

  router.get('/plans', (req, res) => {
    sessionOf(res);
    res.json({ plans: directory.plans().map((p) => withPlanTitle(p, languageOf(req))) });
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
