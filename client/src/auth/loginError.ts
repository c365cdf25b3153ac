/** What to tell someone whose login failed. */
import { isApiError } from '../api/ApiError.js';
import { errorMessage } from '../api/errorMessage.js';
import type { Translate } from '../i18n/translate.js';

export function loginErrorMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('login.failed', { message: errorMessage(t, error) });
  if (error.status === 401) return t('login.invalid');
  if (error.status === 429) {
    const wait = error.retryAfter;
    if (wait === null) return t('login.rateLimitedNoTime');
    return wait > 90
      ? t('login.rateLimitedMinutes', { minutes: Math.ceil(wait / 60) })
      : t('login.rateLimited', { seconds: wait });
  }
  if (error.status === 0) return t('app.networkError');
  return t('login.failed', { message: errorMessage(t, error) });
}
