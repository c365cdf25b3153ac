/**
 * Số liệu dùng chung: the plan's indicator registry, searchable and filtered, edited in place by
 * each indicator's source agency, with the series of the chosen indicator. Live: every change of
 * the plan room (where the registry travels) reloads the table.
 */
import { useMemo, useState } from 'react';
import { INDICATOR_GROUPS, valueOf, type Indicator } from '../../../shared/indicators.js';
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName } from '../plan/agencies.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { LoadError } from '../workflow/ActionError.js';
import { useRefreshing } from '../workflow/useRefreshing.js';
import { indicatorApi } from './api.js';
import { foldSearch } from './search.js';
import { CsvImport } from './CsvImport.js';
import { NewIndicatorForm } from './NewIndicatorForm.js';
import { RetireButton } from './RetireButton.js';
import { SeriesChart } from './SeriesChart.js';
import { UsageList } from './UsageList.js';
import { ValueCell } from './ValueCell.js';

function Registry({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const result = useRefreshing(
    `indicators:${planId}`,
    data.revision,
    () => indicatorApi.list(planId),
    {
      debounceMs: 150,
    },
  );
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  const [owner, setOwner] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  const indicators = useMemo<Indicator[]>(() => result.data ?? [], [result.data]);
  const years = useMemo(
    () =>
      [...new Set(indicators.flatMap((i) => i.values.map((v) => v.year)))].sort((a, b) => a - b),
    [indicators],
  );
  const owners = useMemo(() => [...new Set(indicators.map((i) => i.owner))].sort(), [indicators]);
  const needle = foldSearch(query.trim());
  const shown = indicators.filter(
    (i) =>
      (!group || i.group === group) &&
      (!owner || i.owner === owner) &&
      (!needle || foldSearch(`${i.code} ${i.nameVi} ${i.nameEn}`).includes(needle)),
  );
  const chart = indicators.find((i) => i.id === chosen) ?? null;
  const manages = can(user, 'manageIndicators', null);

  return (
    <>
      <LoadError message={result.error} />
      <div className="ind-filters" role="search">
        <label>
          {t('ind.search')}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="ind-search"
          />
        </label>
        <label>
          {t('ind.group')}
          <select value={group} onChange={(e) => setGroup(e.target.value)} data-testid="ind-group">
            <option value="">{t('ind.all')}</option>
            {INDICATOR_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`ind.group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ind.owner')}
          <select value={owner} onChange={(e) => setOwner(e.target.value)} data-testid="ind-owner">
            <option value="">{t('ind.all')}</option>
            {owners.map((code) => (
              <option key={code} value={code}>
                {agencyName(data.agencies, code, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!result.data && !result.error && <p className="loading">{t('app.loading')}</p>}
      <p className="muted ind-legend">{t('ind.legend')}</p>
      <div className="ind-table-wrap">
        <table className="data-table ind-table" data-testid="ind-table">
          <caption className="visually-hidden">{t('ind.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ind.col.indicator')}</th>
              <th scope="col">{t('ind.col.unit')}</th>
              <th scope="col">{t('ind.owner')}</th>
              {years.map((year) => (
                <th scope="col" key={year} className="ind-table__year">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => {
              const editable = !i.retired && can(user, 'editIndicatorValues', i);
              return (
                <tr
                  key={i.id}
                  data-testid={`ind-row-${i.code}`}
                  className={i.retired ? 'ind-row--retired' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setChosen(i.id)}
                      aria-pressed={chosen === i.id}
                    >
                      {pick(lang, i.nameVi, i.nameEn)}
                    </button>
                    <span className="muted ind-code">{i.code}</span>
                    {manages && <RetireButton indicator={i} onDone={result.reload} />}
                  </th>
                  <td>{i.unit}</td>
                  <td title={agencyName(data.agencies, i.owner, lang)}>{i.owner}</td>
                  {years.map((year) => (
                    <td
                      key={year}
                      className="ind-table__value"
                      data-testid={`ind-value-${i.code}-${year}`}
                    >
                      <ValueCell
                        indicator={i}
                        year={year}
                        value={valueOf(i, year)}
                        editable={editable}
                        onSaved={result.reload}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && result.data && <p className="muted">{t('ind.none')}</p>}
      {manages && (
        <NewIndicatorForm planId={planId} agencies={data.agencies} onCreated={result.reload} />
      )}
      <CsvImport planId={planId} onApplied={result.reload} />
      {chart && <SeriesChart indicator={chart} />}
      {chart && <UsageList planId={planId} indicatorId={chart.id} sections={data.sections} />}
    </>
  );
}

export function RegistryPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame
      planId={planId}
      title={t('ind.title')}
      className="workflow-page ind-page"
      testId="indicators-page"
      heading
      intro={t('ind.intro')}
    >
      {(data) => <Registry planId={planId} data={data} />}
    </PlanPageFrame>
  );
}
