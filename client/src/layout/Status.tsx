/** Loading, failure and refusal placeholders used by every screen. */
import { useT } from '../i18n/context.js';

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="alert alert--error" role="alert">
      <p>{t('app.loadFailed', { message })}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** Shown instead of a page the policy does not open to this person (the server refuses anyway). */
export function Forbidden() {
  const t = useT();
  return (
    <div className="alert" role="alert" data-testid="forbidden">
      <p>{t('wf.forbidden')}</p>
    </div>
  );
}
