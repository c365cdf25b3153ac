import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n } from './context.js';
import { formatDate, formatDateTime, formatNumber } from './format.js';
import { loadLang, saveLang, type Lang } from './lang.js';
import { translate, type Params } from './translate.js';
import type { MessageKey } from './vi.js';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(loadLang);

  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      number: (value, options) => formatNumber(lang, value, options),
      date: (value) => formatDate(lang, value),
      dateTime: (value) => formatDateTime(lang, value),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
