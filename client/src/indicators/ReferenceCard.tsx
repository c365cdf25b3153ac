/**
 * The card of an indicator reference, shown while the pointer rests on it or it has the focus:
 * name, year and value, its kind (reliability), the source agency, the last change, and — for an
 * approved section — the frozen value against the registry's. Links to the registry page.
 */
import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { valueOf } from '../../../shared/indicators.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { formatFigure } from './format.js';
import { useLiveRegistry } from './liveRegistry.js';
import { figureOf, type ReferenceScope } from './referenceView.js';

interface Target {
  indicator: string;
  year: number;
  top: number;
  left: number;
}

const REF_SELECTOR = '.indicator-ref';
/** Time to move the pointer from the reference into the card (to follow its link). */
const LEAVE_GRACE_MS = 300;

function targetOf(element: Element | null): Target | null {
  const ref = element?.closest<HTMLElement>(REF_SELECTOR);
  if (!ref?.dataset.indicator) return null;
  const rect = ref.getBoundingClientRect();
  return {
    indicator: ref.dataset.indicator,
    year: Number(ref.dataset.year),
    top: rect.bottom + 6,
    left: Math.max(8, Math.min(rect.left, window.innerWidth - 328)),
  };
}

export function ReferenceCard({
  editor,
  scope,
  agencies,
}: {
  editor: Editor;
  scope: ReferenceScope;
  agencies: AgencyDirectory;
}) {
  const { t, lang, dateTime } = useI18n();
  // Redraws when the figure changes under the card.
  const registry = useLiveRegistry(scope.planId);
  const [target, setTarget] = useState<Target | null>(null);
  const leaveTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const dom = editor.view.dom;
    const show = (event: Event) => {
      const found = targetOf(event.target as Element | null);
      if (!found) return;
      window.clearTimeout(leaveTimer.current);
      setTarget(found);
    };
    const hide = (event: Event) => {
      if (!(event.target as Element | null)?.closest(REF_SELECTOR)) return;
      window.clearTimeout(leaveTimer.current);
      leaveTimer.current = window.setTimeout(() => setTarget(null), LEAVE_GRACE_MS);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTarget(null);
    };
    dom.addEventListener('mouseover', show);
    dom.addEventListener('focusin', show);
    dom.addEventListener('mouseout', hide);
    dom.addEventListener('focusout', hide);
    dom.addEventListener('keydown', escape);
    return () => {
      window.clearTimeout(leaveTimer.current);
      dom.removeEventListener('mouseover', show);
      dom.removeEventListener('focusin', show);
      dom.removeEventListener('mouseout', hide);
      dom.removeEventListener('focusout', hide);
      dom.removeEventListener('keydown', escape);
    };
  }, [editor]);

  if (!target) return null;
  const figure = figureOf(scope, target.indicator, target.year);
  const indicator = registry.indicators.get(target.indicator);
  const live = indicator ? valueOf(indicator, target.year) : null;
  const shown = (value: number) => formatFigure(lang, value, figure.unit);

  return (
    <div
      className="ind-card"
      role="tooltip"
      style={{ top: target.top, left: target.left }}
      onMouseEnter={() => window.clearTimeout(leaveTimer.current)}
      onMouseLeave={() => setTarget(null)}
      data-testid="indicator-card"
    >
      {indicator ? (
        <>
          <p className="ind-card__name">
            {pick(lang, indicator.nameVi, indicator.nameEn)}{' '}
            <span className="muted">{indicator.code}</span>
          </p>
          <p className="ind-card__value">
            {t('ind.card.value', {
              year: target.year,
              value: figure.value === null ? '—' : shown(figure.value),
            })}
            {figure.kind && ` · ${t(`ind.kind.${figure.kind}`)}`}
          </p>
          <p>{t('ind.card.source', { agency: agencyName(agencies, indicator.owner, lang) })}</p>
          {live && (
            <p className="muted">
              {t('ind.card.changed', { at: dateTime(live.updatedAt), by: live.updatedBy || '—' })}
            </p>
          )}
          {figure.state !== 'live' && figure.state !== 'missing' && (
            <p className={figure.state === 'moved' ? 'ind-card__moved' : 'muted'}>
              {figure.state === 'moved'
                ? t('ind.card.moved', {
                    now: figure.current ? shown(figure.current.value) : '—',
                  })
                : t('ind.card.frozen')}
            </p>
          )}
          {indicator.retired && <p className="ind-card__moved">{t('ind.card.retired')}</p>}
        </>
      ) : (
        <p>{t('ind.card.unknown')}</p>
      )}
      <Link to={paths.planPage(scope.planId, 'indicators')}>{t('ind.card.registry')}</Link>
    </div>
  );
}
