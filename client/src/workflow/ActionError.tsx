/** The server's refusal, said plainly next to the control that caused it. */
import { useT } from '../i18n/context.js';

/** Always in the page (an empty alert region until there is something to say). */
export function ActionError({
  message,
  testId = 'action-error',
}: {
  message: string | null;
  testId?: string;
}) {
  const t = useT();
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {message ? t('wf.error', { message }) : ''}
    </p>
  );
}

/** A load or a live refresh that failed; nothing while all is well. */
export function LoadError({ message }: { message: string | null }) {
  const t = useT();
  return message ? (
    <p className="form-error" role="alert">
      {t('wf.error', { message })}
    </p>
  ) : null;
}
