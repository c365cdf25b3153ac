/** Search results in a plan, grouped by kind, each opening its section. */
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/api/search.js';
import { errorMessage } from '../api/errorMessage.js';
import { useI18n } from '../i18n/context.js';
import { LoadFailed, Loading } from '../layout/Status.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import { useSearchParam } from '../router/history.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { QUERY_PARAM, searchPlan } from './api.js';
import { Highlighted } from './Highlighted.js';

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; results: SearchResult[] };

const KINDS = ['section', 'comment'] as const;

function useResults(planId: string, q: string): [State, () => void] {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (q.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    let cancelled = false;
    setState({ status: 'loading' });
    searchPlan(planId, q).then(
      (results) => !cancelled && setState({ status: 'ready', results }),
      (error: unknown) =>
        !cancelled && setState({ status: 'error', message: errorMessage(t, error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [planId, q, attempt, t]);
  return [state, () => setAttempt((a) => a + 1)];
}

export function SearchScreen({ planId }: { planId: string }) {
  const { t, number } = useI18n();
  const q = useSearchParam(QUERY_PARAM) ?? '';
  const [state, retry] = useResults(planId, q);

  return (
    <PlanPageFrame planId={planId} title={t('search.title')} className="search-page">
      {() => (
        <>
          <h1>{q ? t('search.for', { q }) : t('search.title')}</h1>
          <p className="muted">{t('search.hint')}</p>
          <div aria-live="polite" data-testid="search-results">
            {state.status === 'idle' && <p>{t('search.empty')}</p>}
            {state.status === 'loading' && <Loading />}
            {state.status === 'error' && <LoadFailed message={state.message} onRetry={retry} />}
            {state.status === 'ready' && state.results.length === 0 && (
              <p data-testid="search-none">{t('search.none')}</p>
            )}
            {state.status === 'ready' &&
              KINDS.map((kind) => {
                const group = state.results.filter((r) => r.kind === kind);
                if (group.length === 0) return null;
                return (
                  <section key={kind} className="search-page__group" data-testid={`search-${kind}`}>
                    <h2>
                      {t(`search.kind.${kind}`)}{' '}
                      <span className="muted">
                        ({t('search.count', { count: number(group.length) })})
                      </span>
                    </h2>
                    <ol className="search-page__list">
                      {group.map((result, i) => (
                        <li key={`${result.sectionId}-${i}`} className="search-page__item">
                          <Link to={paths.section(planId, result.sectionId)}>{result.title}</Link>
                          <p className="search-page__snippet">
                            <Highlighted text={result.snippet} q={q} />
                          </p>
                        </li>
                      ))}
                    </ol>
                  </section>
                );
              })}
          </div>
        </>
      )}
    </PlanPageFrame>
  );
}
