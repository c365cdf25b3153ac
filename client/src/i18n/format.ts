/** Numbers and dates through Intl: vi-VN (1.234,5) or en-GB (1,234.5); dates always dd/mm/yyyy. */
import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The Intl locale of a UI language. */
export const localeOf = (lang: Lang): string => LOCALES[lang];

export function formatNumber(
  lang: Lang,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** dd/mm/yyyy in both languages. */
export function formatDate(lang: Lang, value: string | number | Date): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/** dd/mm/yyyy HH:mm, for draft timestamps. */
export function formatDateTime(lang: Lang, value: string | number | Date): string {
  const date = toDate(value);
  if (!date) return '';
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
  return `${formatDate(lang, date)} ${time}`;
}
