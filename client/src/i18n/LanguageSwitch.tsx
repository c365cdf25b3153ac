import { useI18n } from './context.js';
import type { Lang } from './lang.js';

const OPTIONS: { lang: Lang; label: 'lang.vi' | 'lang.en'; htmlLang: string }[] = [
  { lang: 'vi', label: 'lang.vi', htmlLang: 'vi' },
  { lang: 'en', label: 'lang.en', htmlLang: 'en' },
];

/** "Tiếng Việt | English": each name written in its own language. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {OPTIONS.map((option, index) => (
        <span key={option.lang}>
          {index > 0 && (
            <span className="lang-switch__sep" aria-hidden="true">
              |
            </span>
          )}
          <button
            type="button"
            className="link-button"
            lang={option.htmlLang}
            data-testid={`lang-${option.lang}`}
            aria-pressed={lang === option.lang}
            onClick={() => setLang(option.lang)}
          >
            {t(option.label)}
          </button>
        </span>
      ))}
    </div>
  );
}
