/** A small round count; screen readers hear the full sentence instead of the bare number. */
import { useI18n } from '../i18n/context.js';

interface Props {
  count: number;
  /** Spoken instead of the number, e.g. "3 góp ý đang mở". */
  label: string;
  testId?: string;
}

export function CountBadge({ count, label, testId }: Props) {
  const { number } = useI18n();
  return (
    <span className="count-badge" data-testid={testId} data-count={count}>
      <span aria-hidden="true">{number(count)}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
