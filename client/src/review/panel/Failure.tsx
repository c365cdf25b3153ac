/** A review action that failed, said next to its control; nothing while all is well. */
import { useT } from '../../i18n/context.js';

export function Failure({ message }: { message: string | null }) {
  const t = useT();
  return message ? (
    <p className="text-form__error" role="alert">
      {t('review.failed', { message })}
    </p>
  ) : null;
}
