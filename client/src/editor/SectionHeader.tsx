/** Number, title, lead agency, status, lock and due date of the open section. */
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { LockIcon } from '../plan/LockIcon.js';
import { StatusBadge } from '../plan/StatusBadge.js';
import type { PlanSection } from '../plan/types.js';
import { OverdueMark } from '../workflow/OverdueMark.js';
import { localDate } from '../workflow/overdue.js';

export function SectionHeader({
  section,
  agencies,
}: {
  section: PlanSection;
  agencies: AgencyDirectory;
}) {
  const { t, lang, date } = useI18n();
  return (
    <header className="section-header" data-testid="section-header">
      <p className="section-header__number">{section.number}</p>
      {/* Focus target for readers when the section opens (useOpeningFocus). */}
      <h1 id="section-title" className="section-header__title" tabIndex={-1}>
        {pick(lang, section.titleVi, section.titleEn)}
      </h1>
      <p className="section-header__meta">
        <span data-testid="section-owner">
          {t('section.owner', { agency: agencyName(agencies, section.owner, lang) })}
        </span>
        <span className="section-header__status">
          <span className="visually-hidden">{t('section.status')}: </span>
          <StatusBadge status={section.status} />
          {section.lock && <LockIcon />}
        </span>
        {section.dueDate && (
          <span data-testid="section-due">
            {t('section.due', { date: date(localDate(section.dueDate)) })}{' '}
            <OverdueMark section={section} />
          </span>
        )}
        {section.synthesis && <span className="muted">{t('section.synthesis')}</span>}
      </p>
    </header>
  );
}
