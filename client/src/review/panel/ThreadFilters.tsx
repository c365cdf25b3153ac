/** Đang mở / Đã đóng / Của tôi / Nhắc đến đơn vị tôi, each with its count. */
import { useI18n } from '../../i18n/context.js';
import { THREAD_FILTERS, type ThreadFilter } from './filters.js';

interface Props {
  value: ThreadFilter;
  counts: Record<ThreadFilter, number>;
  onChange: (filter: ThreadFilter) => void;
}

export function ThreadFilters({ value, counts, onChange }: Props) {
  const { t, number } = useI18n();
  return (
    <div className="thread-filters" role="group" aria-label={t('review.filter.label')}>
      {THREAD_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          className="thread-filters__button"
          aria-pressed={filter === value}
          data-testid={`thread-filter-${filter}`}
          onClick={() => onChange(filter)}
        >
          {t(`review.filter.${filter}`)}
          <span className="thread-filters__count">{number(counts[filter])}</span>
        </button>
      ))}
    </div>
  );
}
