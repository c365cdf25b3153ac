import type { StatusCode } from '../../../shared/statuses.js';
import { useI18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';

/** A calm coloured label with the status name; the colour is decoration, the text carries it. */
export function StatusBadge({ status }: { status: StatusCode }) {
  const { lang } = useI18n();
  return (
    <span className="badge" data-status={status}>
      {statusName(lang, status)}
    </span>
  );
}
