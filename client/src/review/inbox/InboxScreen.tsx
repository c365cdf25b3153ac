/** "Góp ý cần trả lời": across the plan, the open threads my agency must answer or is named in. */
import { useUser } from '../../auth/context.js';
import { useI18n } from '../../i18n/context.js';
import { LoadFailed, Loading } from '../../layout/Status.js';
import { agencyName } from '../../plan/agencies.js';
import { PlanPageFrame } from '../../plan/PlanPageFrame.js';
import { Link } from '../../router/Link.js';
import { summaryPath } from '../planRoute.js';
import { useInbox } from '../useInbox.js';
import { InboxGroups } from './InboxGroups.js';

export function InboxScreen({ planId }: { planId: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const [inbox, retryInbox] = useInbox(planId);

  return (
    <PlanPageFrame planId={planId} title={t('review.inbox.title')} className="review-page">
      {(data) => (
        <>
          <h1 className="review-page__title">{t('review.inbox.title')}</h1>
          <p className="muted">
            {t('review.inbox.intro', { agency: agencyName(data.agencies, user.agency, lang) })}
          </p>
          <p>
            <Link to={summaryPath(planId)}>{t('review.inbox.summaryLink')}</Link>
          </p>
          <div aria-live="polite" data-testid="inbox">
            {inbox.status === 'loading' && <Loading />}
            {inbox.status === 'error' && (
              <LoadFailed message={inbox.message} onRetry={retryInbox} />
            )}
            {inbox.status === 'ready' &&
              (inbox.items.length === 0 ? (
                <p className="review-page__empty" data-testid="inbox-empty">
                  {t('review.inbox.empty')}
                </p>
              ) : (
                <InboxGroups planId={planId} items={inbox.items} data={data} />
              ))}
          </div>
        </>
      )}
    </PlanPageFrame>
  );
}
