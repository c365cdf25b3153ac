/**
 * "Số liệu đã thay đổi sau khi phê duyệt": the figures an approved section froze that the registry
 * has changed since, old and new, so the coordinator sees them on the section; once it is
 * unlocked, its owner or the coordinator may take the new values.
 */
import { can } from '../../../shared/policy.js';
import { shownFigure } from '../../../shared/indicatorRefs.js';
import { useAction } from '../api/useAction.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { ActionError } from '../workflow/ActionError.js';
import { indicatorApi } from './api.js';
import { formatFigure } from './format.js';
import { useLiveRegistry } from './liveRegistry.js';

export function FreezeNotice({ planId, section }: { planId: string; section: PlanSection }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const registry = useLiveRegistry(planId);
  const action = useAction();
  const freeze = registry.freezes.get(section.id);
  if (!freeze) return null;

  const moved = Object.values(freeze).flatMap((figure) => {
    const indicator = registry.indicators.get(figure.indicatorId);
    const shown = shownFigure(indicator, figure.year, figure);
    if (shown.state !== 'moved') return [];
    const name = indicator ? pick(lang, indicator.nameVi, indicator.nameEn) : figure.indicatorId;
    const now = shown.current ? formatFigure(lang, shown.current.value, figure.unit) : '—';
    return [{ key: `${figure.indicatorId}@${figure.year}`, name, year: figure.year, now, figure }];
  });
  if (moved.length === 0) return null;
  const mayTake = can(user, 'takeNewFigures', section);

  return (
    <section className="alert ind-freeze" data-testid="freeze-notice">
      <h2 className="ind-freeze__title">{t('ind.freeze.title')}</h2>
      <ul>
        {moved.map((m) => (
          <li key={m.key}>
            {t('ind.freeze.item', {
              name: m.name,
              year: m.year,
              was: formatFigure(lang, m.figure.value, m.figure.unit),
              now: m.now,
            })}
          </li>
        ))}
      </ul>
      {mayTake ? (
        <>
          <button
            type="button"
            className="button"
            disabled={action.pending}
            onClick={() => void action.run(() => indicatorApi.takeNewFigures(section.id))}
            data-testid="freeze-take-new"
          >
            {action.pending ? t('ind.freeze.taking') : t('ind.freeze.take')}
          </button>
          <ActionError message={action.error} testId="freeze-error" />
        </>
      ) : (
        <p className="muted">
          {section.lock ? t('ind.freeze.locked') : t('ind.freeze.ownerTakes')}
        </p>
      )}
    </section>
  );
}
