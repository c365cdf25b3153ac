/**
 * What someone sees who opened PlanFold at an address the server does not accept
 * (PUBLIC_ORIGIN): which address, and how to get in — in Vietnamese and in English at once,
 * since whoever reads it may be the administrator who must fix the configuration.
 */
import type { Lang } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';

/** Vietnamese first, as everywhere. */
const LANGUAGES: readonly Lang[] = ['vi', 'en'];

function Explanation({ lang, origin }: { lang: Lang; origin: string }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key, { origin });
  return (
    <section lang={lang} className="origin-refused__lang" aria-labelledby={`origin-${lang}`}>
      <h2 id={`origin-${lang}`}>{t('origin.title')}</h2>
      <p>{t('origin.refused')}</p>
      <p>{t('origin.useAllowed')}</p>
      <p>{t('origin.howToAllow')}</p>
    </section>
  );
}

export function OriginRefused({ origin }: { origin: string }) {
  return (
    <main
      id="main"
      className="page__main page__main--narrow origin-refused"
      data-testid="origin-refused"
    >
      <h1>{translate('vi', 'app.name')}</h1>
      <p className="origin-refused__origin">
        <code>{origin}</code>
      </p>
      {LANGUAGES.map((lang) => (
        <Explanation key={lang} lang={lang} origin={origin} />
      ))}
    </main>
  );
}
