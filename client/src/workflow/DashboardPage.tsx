/** The progress dashboard (coordinator, consultant, leader), refreshed as the plan room moves. */
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { AgencyChart } from './AgencyChart.js';
import { AgencyTable } from './AgencyTable.js';
import { workflowApi } from './api.js';
import { Forbidden } from './Forbidden.js';
import { OverdueList } from './OverdueList.js';
import { PlanPageLayout } from './PlanPageLayout.js';
import { ProgressSummary } from './ProgressSummary.js';
import { RecentActivity } from './RecentActivity.js';
import { roomSignature } from './roomSignature.js';
import { StatusCounts } from './StatusCounts.js';
import { useRefreshing } from './useRefreshing.js';
import type { PlanPageData } from './usePlanPage.js';

function Dashboard({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t, dateTime } = useI18n();
  const result = useRefreshing(
    `dashboard:${planId}`,
    roomSignature(data.sections),
    () => workflowApi.dashboard(planId),
    { debounceMs: 800 },
  );
  const dashboard = result.data;
  return (
    <>
      {result.error && (
        <p className="form-error" role="alert">
          {t('wf.error', { message: result.error })}
        </p>
      )}
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
  const user = useUser();
  return (
    <PlanPageLayout
      planId={planId}
      title={t('wf.dash.title')}
      intro={t('wf.dash.intro')}
      testId="dashboard-page"
    >
      {(data) =>
        can(user, 'viewDashboard', null) ? <Dashboard planId={planId} data={data} /> : <Forbidden />
      }
    </PlanPageLayout>
  );
}
