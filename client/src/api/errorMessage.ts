/**
 * A failed request in the user's language: the server's error code is looked up (`error.<code>`),
 * never its English sentence shown; an unknown code is named, in the user's language.
 */
import type { Translate } from '../i18n/translate.js';
import { vi, type MessageKey } from '../i18n/vi.js';
import { isApiError } from './ApiError.js';

const isKey = (key: string): key is MessageKey => key in vi;

export function errorMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.generic', { code: 'client' });
  if (error.status === 0) return t('error.network');
  const key = `error.${error.code}`;
  return isKey(key) ? t(key) : t('error.generic', { code: error.code });
}
