/** dd/mm/yyyy HH:mm:ss for the audit log, where seconds matter. */
import { formatDate } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatDateTimeSeconds(lang: Lang, value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
  return `${formatDate(lang, date)} ${time}`;
}
