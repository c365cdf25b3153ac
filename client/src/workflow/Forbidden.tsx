/** Shown instead of a page the policy does not open to this person (the server refuses anyway). */
import { useT } from '../i18n/context.js';

export function Forbidden() {
  const t = useT();
  return (
    <div className="alert" role="alert" data-testid="forbidden">
      <p>{t('wf.forbidden')}</p>
    </div>
  );
}
