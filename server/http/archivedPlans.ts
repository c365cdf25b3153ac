import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { Store } from '../store/store.js';
import { sessionOf } from './context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * An archived plan is read-only: every change to anything in it (sections, outline, comments,
 * figures, indicators, versions) is refused with 409 `plan-archived`. Changes to the plan record
 * itself (`PATCH /plans/:id`, which restores it) pass. Resolves the plan from the path.
 */
export function archivedPlanGuard(store: Store, directory: SectionDirectory) {
  async function planOf(path: string): Promise<string | null> {
    const [kind, id, ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (!id) return null;
    switch (kind) {
      case 'plans':
        return rest.length > 0 ? id : null;
      case 'sections':
        return directory.anySection(id)?.planId ?? null;
      case 'threads':
        return sectionPlan((await store.threads.threadRow(id))?.section_id);
      case 'messages': {
        const message = await store.threads.messageRow(id);
        return message
          ? sectionPlan((await store.threads.threadRow(message.thread_id))?.section_id)
          : null;
      }
      case 'indicators':
        return (await store.indicators.get(id))?.planId ?? null;
      default:
        return null;
    }
  }
  const sectionPlan = (sectionId: string | undefined): string | null =>
    sectionId === undefined ? null : (directory.anySection(sectionId)?.planId ?? null);

  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (SAFE_METHODS.has(req.method)) return next();
    let planId: string | null = null;
    try {
      planId = await planOf(req.path);
    } catch {
      // A malformed path (bad percent-encoding): the route answers it.
    }
    if (planId === null) return next();
    sessionOf(res); // without a session, a 401 as the route would answer, not what the plan is
    if (directory.plan(planId)?.archived) {
      throw new AppError(
        409,
        'plan-archived',
        'The plan is archived: it can be read, not changed.',
      );
    }
    next();
  };
}
