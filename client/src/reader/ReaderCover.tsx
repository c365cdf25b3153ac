/**
 * The cover of the printed plan, as the Word export's: the issuing body, the title in capitals,
 * the edition and "<province>, tháng MM năm YYYY". Shown only on paper.
 */
import { provinceOf } from '../../../shared/planTitle.js';
import { useT } from '../i18n/context.js';

export function ReaderCover({ plan }: { plan: { titleVi: string; province: string } }) {
  const t = useT();
  const province = provinceOf(plan);
  const planTitle = plan.titleVi;
  const now = new Date();
  const upper = (text: string) => text.toLocaleUpperCase('vi-VN');
  return (
    <header className="reader__cover" aria-hidden="true">
      <p className="reader__cover-issuer">
        {province ? t('rd.cover.issuer', { province: upper(province) }) : t('rd.cover.issuerPlain')}
      </p>
      <p className="reader__cover-title">{upper(planTitle)}</p>
      <p className="reader__cover-edition">{t('rd.cover.edition')}</p>
      <p className="reader__cover-date">
        {t('rd.cover.date', {
          place: province ? `${province}, ` : '',
          month: String(now.getMonth() + 1).padStart(2, '0'),
          year: String(now.getFullYear()),
        })}
      </p>
    </header>
  );
}
