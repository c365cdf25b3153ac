/** Loading and failure placeholders used by every screen. */
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
