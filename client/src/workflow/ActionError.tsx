/** The server's refusal, said plainly next to the control that caused it. */
import { useT } from '../i18n/context.js';

export function ActionError({ message }: { message: string | null }) {
  const t = useT();
  return (
    <p className="form-error" role="alert" data-testid="action-error">
      {message ? t('wf.error', { message }) : ''}
    </p>
  );
}
