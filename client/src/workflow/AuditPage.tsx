/** The audit log (coordinator): filter by section, user, agency, action; export the same as CSV. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/context.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { LoadError } from './ActionError.js';
import { AuditFilters } from './AuditFilters.js';
import { NO_FILTERS, toQuery, type AuditFilterState, type KnownUser } from './auditFilters.js';
import { AuditTable } from './AuditTable.js';
import { useDebounced } from './useDebounced.js';
import { useRefreshing } from './useRefreshing.js';

function AuditLog({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t, number } = useI18n();
  const [filters, setFilters] = useState<AuditFilterState>(NO_FILTERS);
  const query = toQuery(useDebounced(filters, 300));
  const key = JSON.stringify(query);
  const result = useRefreshing(`audit:${key}`, 0, () => api.audit(query));
  const [users, setUsers] = useState<ReadonlyMap<string, KnownUser>>(new Map());

  // Everyone seen in any answer stays in the user filter, whatever is filtered now.
  useEffect(() => {
    if (!result.data) return;
    setUsers((known) => {
      const next = new Map(known);
      for (const entry of result.data ?? []) {
        if (entry.actorId && entry.actorName && !next.has(entry.actorId)) {
          next.set(entry.actorId, {
            id: entry.actorId,
            name: entry.actorName,
            agency: entry.agency,
          });
        }
      }
      return next.size === known.size ? known : next;
    });
  }, [result.data]);
  const userList = useMemo(
    () => [...users.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [users],
  );

  return (
    <>
      <div className="audit-toolbar">
        <AuditFilters
          filters={filters}
          onChange={setFilters}
          outline={data.outline}
          agencies={data.agencies}
          users={userList}
        />
        <a className="button" href={api.auditCsvUrl(query)} download data-testid="audit-csv">
          {t('wf.audit.csv')}
        </a>
      </div>
      <LoadError message={result.error} />
      <p className="workflow-summary" role="status" aria-live="polite" data-testid="audit-count">
        {result.data
          ? result.data.length === 0
            ? t('wf.audit.empty')
            : t('wf.audit.count', { count: number(result.data.length) })
          : t('app.loading')}
      </p>
      {result.data && result.data.length > 0 && (
        <AuditTable
          planId={planId}
          entries={result.data}
          sections={data.sections}
          agencies={data.agencies}
        />
      )}
    </>
  );
}

export function AuditPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame
      planId={planId}
      title={t('wf.audit.title')}
      intro={t('wf.audit.intro')}
      heading
      className="workflow-page"
      testId="audit-page"
      requires="viewAudit"
    >
      {(data) => <AuditLog planId={planId} data={data} />}
    </PlanPageFrame>
  );
}
