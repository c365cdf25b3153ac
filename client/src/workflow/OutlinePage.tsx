/** /plans/:planId/outline — outline management, for whoever the policy lets manage it. */
import { useI18n } from '../i18n/context.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import { OutlineManager } from './OutlineManager.js';

export function OutlinePage({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame
      planId={planId}
      title={t('wf.outline.title')}
      intro={t('wf.outline.intro')}
      heading
      className="workflow-page"
      testId="outline-page"
      requires="manageOutline"
    >
      {(data) => <OutlineManager planId={planId} data={data} />}
    </PlanPageFrame>
  );
}
