/** Picking the right language out of data that carries both (titles, names, statuses). */
import { statusDefinition, type StatusCode } from '../../../shared/statuses.js';
import type { Lang } from './lang.js';

export function pick(lang: Lang, textVi: string, textEn: string): string {
  return lang === 'en' && textEn ? textEn : textVi;
}

export function statusName(lang: Lang, code: StatusCode): string {
  const definition = statusDefinition(code);
  return pick(lang, definition.nameVi, definition.nameEn);
}
