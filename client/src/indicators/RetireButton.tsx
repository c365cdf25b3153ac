/** The coordinator retires an indicator (its figures are kept, references flag it) or restores it. */
import type { Indicator } from '../../../shared/indicators.js';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { indicatorApi } from './api.js';

export function RetireButton({ indicator, onDone }: { indicator: Indicator; onDone: () => void }) {
  const { t, lang } = useI18n();
  const action = useAction();
  const label = indicator.retired ? t('ind.manage.restore') : t('ind.manage.retire');
  return (
    <button
      type="button"
      className="link-button ind-retire"
      disabled={action.pending}
      aria-label={`${label}: ${pick(lang, indicator.nameVi, indicator.nameEn)}`}
      title={action.error ?? undefined}
      onClick={() =>
        void action
          .run(() => indicatorApi.setRetired(indicator.id, !indicator.retired))
          .then((done) => done && onDone())
      }
      data-testid={`ind-retire-${indicator.code}`}
    >
      {label}
    </button>
  );
}
