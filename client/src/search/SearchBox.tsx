/** The search box in the header of every plan page: submits to the results page. */
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/context.js';
import { useCurrentPlanId } from '../review/planRoute.js';
import { navigate, useSearchParam } from '../router/history.js';
import { QUERY_PARAM, searchPath } from './api.js';

function PlanSearchBox({ planId }: { planId: string }) {
  const t = useT();
  const current = useSearchParam(QUERY_PARAM) ?? '';
  const [q, setQ] = useState(current);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (q.trim() !== '') navigate(searchPath(planId, q.trim()));
  }

  return (
    <form role="search" className="search-box" onSubmit={submit} data-testid="search-box">
      <label htmlFor="plan-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="plan-search"
        type="search"
        className="search-box__input"
        value={q}
        maxLength={200}
        placeholder={t('search.placeholder')}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className="button button--ghost search-box__submit">
        {t('search.submit')}
      </button>
    </form>
  );
}

export function SearchBox() {
  const planId = useCurrentPlanId();
  return planId ? <PlanSearchBox key={planId} planId={planId} /> : null;
}
