/**
 * One <option> per agency (value: its code), named in the interface language. An inactive
 * agency can no longer be assigned: it is shown (a choice made before it was retired stays
 * visible) but cannot be picked, unless `inactiveSelectable` (filters over the past).
 */
import type { Agency } from '../../../shared/model.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';

export function AgencyOptions({
  agencies,
  inactiveSelectable = false,
}: {
  agencies: Iterable<Agency & { active?: boolean }>;
  inactiveSelectable?: boolean;
}) {
  const { t, lang } = useI18n();
  return [...agencies].map((agency) => {
    const retired = agency.active === false;
    const name = pick(lang, agency.nameVi, agency.nameEn);
    return (
      <option key={agency.code} value={agency.code} disabled={retired && !inactiveSelectable}>
        {retired ? t('admin.agencies.retiredName', { name }) : name}
      </option>
    );
  });
}
