/** The plain-language alert after the server refused our changes. */
import type { Refusal } from '../collab/refusal.js';
import { useT } from '../i18n/context.js';
import type { MessageKey } from '../i18n/vi.js';
import type { RefusalNotice } from './useSectionSession.js';

const MESSAGES: Record<Refusal, MessageKey> = {
  locked: 'refusal.locked',
  'not-owner': 'refusal.notOwner',
  status: 'refusal.status',
  role: 'refusal.role',
  'read-only-room': 'refusal.other',
  'too-deep': 'refusal.tooDeep',
  quarantined: 'refusal.quarantined',
  archived: 'refusal.archived',
  incomplete: 'refusal.incomplete',
  'client-id': 'refusal.other',
  unknown: 'refusal.other',
};

/** The live region is always present so that the alert is announced when it appears. */
export function RefusalAlert({
  notice,
  onDismiss,
}: {
  notice: RefusalNotice | null;
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <div aria-live="assertive" className="refusal-region">
      {notice && (
        <div
          className="alert alert--error"
          role="alert"
          data-testid="refusal-alert"
          data-reason={notice.reason}
        >
          <p>{t(MESSAGES[notice.reason])}</p>
          <button type="button" className="button" onClick={onDismiss}>
            {t('refusal.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
