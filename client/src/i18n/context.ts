import { createContext, useContext } from 'react';
import type { Lang } from './lang.js';
import type { Translate } from './translate.js';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** dd/mm/yyyy */
  date: (value: string | number | Date) => string;
  /** dd/mm/yyyy HH:mm */
  dateTime: (value: string | number | Date) => string;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useI18n().t;
}
