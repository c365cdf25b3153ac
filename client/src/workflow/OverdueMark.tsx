/** "quá hạn N ngày", in red text, when a section has missed its deadline; nothing otherwise. */
import type { StatusCode } from '../../../shared/statuses.js';
import { useI18n } from '../i18n/context.js';
import { daysLate } from './overdue.js';

export function OverdueMark({
  section,
}: {
  section: { dueDate: string | null; status: StatusCode };
}) {
  const { t, number } = useI18n();
  const days = daysLate(section);
  if (days === 0) return null;
  return (
    <span className="overdue-mark" data-testid="overdue-mark">
      {t('wf.overdue', { days: number(days) })}
    </span>
  );
}
