/** The number of open threads of one section, for the plan outline. Live from the plan room. */
import { useT } from '../i18n/context.js';
import { CountBadge } from './CountBadge.js';
import { useThreadStats } from './threadStats.js';

export function OpenThreadsBadge({ planId, sectionId }: { planId: string; sectionId: string }) {
  const t = useT();
  const open = useThreadStats(planId)?.get(sectionId)?.open ?? 0;
  if (open === 0) return null;
  return (
    <CountBadge
      count={open}
      label={t('review.outline.open', { count: open })}
      testId={`open-threads-${sectionId}`}
    />
  );
}
