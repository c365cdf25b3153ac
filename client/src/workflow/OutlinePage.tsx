/** /plans/:planId/outline — outline management, for whoever the policy lets manage it. */
import { can } from '../../../shared/policy.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { Forbidden } from './Forbidden.js';
import { OutlineManager } from './OutlineManager.js';
import { PlanPageLayout } from './PlanPageLayout.js';

export function OutlinePage({ planId }: { planId: string }) {
  const { t } = useI18n();
  const user = useUser();
  return (
    <PlanPageLayout
      planId={planId}
      title={t('wf.outline.title')}
      intro={t('wf.outline.intro')}
      testId="outline-page"
    >
      {(data) =>
        can(user, 'manageOutline', null) ? (
          <OutlineManager planId={planId} data={data} />
        ) : (
          <Forbidden />
        )
      }
    </PlanPageLayout>
  );
}
