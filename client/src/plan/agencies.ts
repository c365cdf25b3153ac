/** Agency code → display name, in the current language. */
import type { Agency, AgencyCode } from '../../../shared/model.js';
import { pick } from '../i18n/localized.js';
import type { Lang } from '../i18n/lang.js';

export type AgencyDirectory = ReadonlyMap<AgencyCode, Agency>;

export function agencyDirectory(agencies: readonly Agency[]): AgencyDirectory {
  return new Map(agencies.map((agency) => [agency.code, agency]));
}

export function agencyName(directory: AgencyDirectory, code: AgencyCode, lang: Lang): string {
  const agency = directory.get(code);
  return agency ? pick(lang, agency.nameVi, agency.nameEn) : code;
}
