/** The progress dashboard (coordinator, consultant, leader), refreshed as the plan room moves. */
import { useI18n } from '../i18n/context.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { LoadError } from './ActionError.js';
import { AgencyChart } from './AgencyChart.js';
import { AgencyTable } from './AgencyTable.js';
import { workflowApi } from './api.js';
import { OverdueList } from './OverdueList.js';
import { ProgressSummary } from './ProgressSummary.js';
import { RecentActivity } from './RecentActivity.js';
import { StatusCounts } from './StatusCounts.js';
import { useRefreshing } from './useRefreshing.js';

function Dashboard({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t, dateTime } = useI18n();
  // Every change of the plan room (statuses, outline, threads, word counts) may move a figure.
  const result = useRefreshing(
    `dashboard:${planId}`,
    data.revision,
    () => workflowApi.dashboard(planId),
    { debounceMs: 800 },
  );
  const dashboard = result.data;
  return (
    <>
      <LoadError message={result.error} />
      {!dashboard && !result.error && <p className="loading">{t('app.loading')}</p>}
      {dashboard && (
        <div className="dashboard" data-testid="dashboard" aria-busy={result.loading}>
          <p className="muted dashboard__as-of" data-testid="dash-as-of">
            {t('wf.dash.asOf', { time: dateTime(dashboard.asOf) })}
          </p>
          <div className="dashboard__top">
            <ProgressSummary totals={dashboard.totals} />
            <StatusCounts byStatus={dashboard.totals.byStatus} />
          </div>
          <OverdueList planId={planId} rows={dashboard.overdue} agencies={data.agencies} />
          <AgencyChart rows={dashboard.agencies} agencies={data.agencies} />
          <AgencyTable rows={dashboard.agencies} agencies={data.agencies} />
          <RecentActivity
            planId={planId}
            items={dashboard.recent}
            sections={data.sections}
            agencies={data.agencies}
          />
        </div>
      )}
    </>
  );
}

export function DashboardPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame
      planId={planId}
      title={t('wf.dash.title')}
      intro={t('wf.dash.intro')}
      heading
      className="workflow-page"
      testId="dashboard-page"
      requires="viewDashboard"
    >
      {(data) => <Dashboard planId={planId} data={data} />}
    </PlanPageFrame>
  );
}
