/** Why this person cannot write here: ownership, a lock, the status, or their role. */
import type { DenyReason } from '../../../shared/policy.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';

interface Props {
  reason: DenyReason;
  section: PlanSection;
  agencies: AgencyDirectory;
}

export function ReadOnlyBanner({ reason, section, agencies }: Props) {
  const { t, lang, date } = useI18n();
  const lock = section.lock;
  let message: string;
  switch (reason) {
    case 'not-owner':
      message = t('readonly.notOwner', { agency: agencyName(agencies, section.owner, lang) });
      break;
    case 'locked':
      message = lock
        ? t('readonly.locked', {
            byName: lock.byName,
            agency: agencyName(agencies, lock.byAgency, lang),
            date: date(lock.at),
          })
        : t('readonly.other');
      break;
    case 'status':
      message = t('readonly.status', { status: statusName(lang, section.status) });
      break;
    case 'role':
      message = t('readonly.role');
      break;
    default:
      message = t('readonly.other');
  }
  return (
    <div className="banner banner--readonly" data-testid="readonly-banner" data-reason={reason}>
      <p className="banner__message">{message}</p>
      {reason === 'locked' && lock?.note && (
        <p className="banner__note">{t('readonly.lockNote', { note: lock.note })}</p>
      )}
    </div>
  );
}
