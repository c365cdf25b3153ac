/**
 * The section's figures against the registry, on demand: numbers typed by hand beside an
 * indicator's name (with one click to link one that matches), references to retired or missing
 * indicators, and frozen figures the registry has changed since the approval.
 */
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { ActionError } from '../workflow/ActionError.js';
import { indicatorApi, type Consistency } from './api.js';
import { formatFigure } from './format.js';
import { linkTypedFigure } from './linkTyped.js';
import { useLiveRegistry } from './liveRegistry.js';

interface Props {
  planId: string;
  sectionId: string;
  editor: Editor | null;
  editable: boolean;
}

export function ConsistencyPanel({ planId, sectionId, editor, editable }: Props) {
  const { t, lang } = useI18n();
  const registry = useLiveRegistry(planId);
  const action = useAction();
  const [report, setReport] = useState<Consistency | null>(null);
  const name = (id: string) => {
    const i = registry.indicators.get(id);
    return i ? pick(lang, i.nameVi, i.nameEn) : id;
  };
  const unit = (id: string) => registry.indicators.get(id)?.unit ?? '';
  const check = () =>
    void action.run(async () => setReport(await indicatorApi.consistency(sectionId)));
  const empty =
    report &&
    report.typed.length + report.retired.length + report.missing.length + report.moved.length === 0;

  return (
    <section className="panel ind-check" aria-labelledby="ind-check-title" data-testid="ind-check">
      <h2 id="ind-check-title" className="panel__heading">
        {t('ind.check.title')}
      </h2>
      <button
        type="button"
        className="button"
        onClick={check}
        disabled={action.pending}
        data-testid="ind-check-run"
      >
        {action.pending ? t('app.loading') : t('ind.check.run')}
      </button>
      <ActionError message={action.error} testId="ind-check-error" />
      {empty && <p className="muted">{t('ind.check.clean')}</p>}
      {report && report.typed.length > 0 && (
        <ul className="ind-check__list" aria-label={t('ind.check.typed')}>
          {report.typed.map((f, k) => (
            <li key={k} data-testid="ind-check-typed">
              <q>{f.sentence}</q>
              <br />
              {f.verdict === 'matches'
                ? t('ind.check.matches', { typed: f.typed, name: name(f.indicatorId) })
                : t('ind.check.differs', { typed: f.typed, name: name(f.indicatorId) })}
              {f.verdict === 'matches' && editable && editor && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    if (linkTypedFigure(editor, f, f.years.at(-1) ?? 0)) {
                      setReport({ ...report, typed: report.typed.filter((x) => x !== f) });
                    }
                  }}
                  data-testid="ind-check-link"
                >
                  {t('ind.check.link')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {report && (report.retired.length > 0 || report.missing.length > 0) && (
        <ul className="ind-check__list">
          {report.retired.map((r) => (
            <li key={`r${r.indicatorId}${r.year}`}>
              {t('ind.check.retired', { name: name(r.indicatorId), year: r.year })}
            </li>
          ))}
          {report.missing.map((r) => (
            <li key={`m${r.indicatorId}${r.year}`}>
              {t('ind.check.missing', { name: name(r.indicatorId), year: r.year })}
            </li>
          ))}
        </ul>
      )}
      {report && report.moved.length > 0 && (
        <ul className="ind-check__list">
          {report.moved.map((m) => (
            <li key={`f${m.indicatorId}${m.year}`}>
              {t('ind.freeze.item', {
                name: name(m.indicatorId),
                year: m.year,
                was: formatFigure(lang, m.frozen, unit(m.indicatorId)),
                now: m.current === null ? '—' : formatFigure(lang, m.current, unit(m.indicatorId)),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
