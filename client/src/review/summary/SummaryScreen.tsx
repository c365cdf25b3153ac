/** Bảng tổng hợp tiếp thu, giải trình: the table, a section filter, CSV download and print. */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/context.js';
import { pick } from '../../i18n/localized.js';
import { LoadFailed, Loading } from '../../layout/Status.js';
import { PlanPageFrame } from '../../plan/PlanPageFrame.js';
import type { PlanPageData } from '../../plan/usePlanPage.js';
import { reviewApi } from '../api.js';
import { SECTION_PARAM } from '../planRoute.js';
import { SummaryTable } from './SummaryTable.js';
import { useSummary } from './useSummary.js';

const initialSection = () => new URLSearchParams(window.location.search).get(SECTION_PARAM);

function Summary({
  planId,
  data,
  planTitle,
}: {
  planId: string;
  data: PlanPageData;
  planTitle: string;
}) {
  const { t, lang, number } = useI18n();
  const selectId = useId();
  const [sectionId, setSectionId] = useState<string | null>(initialSection);
  const [state, retry] = useSummary(planId, sectionId);

  function choose(value: string) {
    const next = value === '' ? null : value;
    setSectionId(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set(SECTION_PARAM, next);
    else url.searchParams.delete(SECTION_PARAM);
    window.history.replaceState(null, '', url);
  }

  const title = t('review.summary.title');
  return (
    <>
      <header className="summary-head">
        <h1 className="summary-head__title">{title}</h1>
        <p className="summary-head__plan">{planTitle}</p>
      </header>
      <div className="summary-tools" role="group" aria-label={t('review.summary.filter')}>
        <label htmlFor={selectId} className="summary-tools__label">
          {t('review.summary.filter')}
        </label>
        <select
          id={selectId}
          value={sectionId ?? ''}
          onChange={(e) => choose(e.target.value)}
          data-testid="summary-section"
        >
          <option value="">{t('review.summary.all')}</option>
          {data.ordered.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.number}. ${pick(lang, s.titleVi, s.titleEn)}`}
            </option>
          ))}
        </select>
        <a
          className="button"
          href={reviewApi.summaryCsvUrl(planId, sectionId)}
          download
          data-testid="summary-csv"
        >
          {t('review.summary.csv')}
        </a>
        <button
          type="button"
          className="button"
          onClick={() => window.print()}
          data-testid="summary-print"
        >
          {t('review.summary.print')}
        </button>
        {state.status === 'ready' && (
          <span className="muted" aria-live="polite">
            {t('review.summary.count', { count: number(state.rows.length) })}
          </span>
        )}
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' &&
        (state.rows.length === 0 ? (
          <p className="review-page__empty">{t('review.summary.empty')}</p>
        ) : (
          <SummaryTable rows={state.rows} caption={`${title} — ${planTitle}`} />
        ))}
    </>
  );
}

export function SummaryScreen({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame planId={planId} title={t('review.summary.title')} className="summary-page">
      {(data, planTitle) => <Summary planId={planId} data={data} planTitle={planTitle} />}
    </PlanPageFrame>
  );
}
