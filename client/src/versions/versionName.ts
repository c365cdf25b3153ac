/** What a version is called: its own name, or one made from why and when it was taken. */
import type { I18n } from '../i18n/context.js';
import { statusName } from '../i18n/localized.js';
import type { Version } from './wire.js';

export function versionName(version: Version, { t, lang, date }: I18n): string {
  if (version.name) return version.name;
  const when = date(version.createdAt);
  switch (version.kind) {
    case 'lock':
      return t('ver.auto.lock', { date: when });
    case 'restore':
      return t('ver.auto.restore', { date: when });
    default:
      return t('ver.auto.status', { status: statusName(lang, version.status), date: when });
  }
}
