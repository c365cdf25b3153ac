/** One <option> per agency (value: its code), named in the interface language. */
import type { Agency } from '../../../shared/model.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';

export function AgencyOptions({ agencies }: { agencies: Iterable<Agency> }) {
  const { lang } = useI18n();
  return [...agencies].map((agency) => (
    <option key={agency.code} value={agency.code}>
      {pick(lang, agency.nameVi, agency.nameEn)}
    </option>
  ));
}
