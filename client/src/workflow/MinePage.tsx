/** "Mục của tôi": my agency's sections with status, deadline (and how late), lock, and a link. */
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName } from '../plan/agencies.js';
import { LockIcon } from '../plan/LockIcon.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import { StatusBadge } from '../plan/StatusBadge.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { mySections } from './mine.js';
import { daysLate, localDate } from './overdue.js';
import { OverdueMark } from './OverdueMark.js';

function MineTable({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t, lang, date, number } = useI18n();
  const user = useUser();
  const rows = mySections(user, data.sections.values());
  if (rows.length === 0) return <p className="muted">{t('wf.mine.empty')}</p>;
  const late = rows.filter(({ section }) => daysLate(section) > 0).length;

  return (
    <>
      <p className="workflow-summary" data-testid="mine-summary">
        {t('wf.mine.summary', { count: number(rows.length), overdue: number(late) })}
      </p>
      <table className="data-table" data-testid="mine-table">
        <caption className="visually-hidden">{t('wf.mine.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.number')}</th>
            <th scope="col">{t('plan.col.title')}</th>
            <th scope="col">{t('wf.mine.col.role')}</th>
            <th scope="col">{t('plan.col.status')}</th>
            <th scope="col">{t('plan.col.due')}</th>
            <th scope="col">{t('wf.mine.col.lock')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ section, role }) => (
            <tr
              key={section.id}
              data-testid={`mine-row-${section.id}`}
              className={daysLate(section) > 0 ? 'data-table__row--late' : undefined}
            >
              <td className="data-table__number">{section.number}</td>
              <td>
                <Link to={paths.section(planId, section.id)}>
                  {pick(lang, section.titleVi, section.titleEn)}
                </Link>
              </td>
              <td>{role === 'owner' ? t('wf.mine.roleOwner') : t('wf.mine.roleWriter')}</td>
              <td>
                <StatusBadge status={section.status} />
              </td>
              <td className="data-table__date" data-testid="mine-due">
                {section.dueDate ? (
                  date(localDate(section.dueDate))
                ) : (
                  <span className="muted">{t('wf.notSet')}</span>
                )}
                <OverdueMark section={section} />
              </td>
              <td>
                {section.lock ? (
                  <span className="lock-state">
                    <LockIcon />
                    {t('wf.mine.locked', { date: date(section.lock.at) })}
                  </span>
                ) : (
                  <span className="muted">{t('wf.mine.unlocked')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function MinePage({ planId }: { planId: string }) {
  const { t, lang } = useI18n();
  const user = useUser();
  return (
    <PlanPageFrame
      planId={planId}
      title={t('wf.mine.title')}
      heading
      className="workflow-page"
      testId="mine-page"
    >
      {(data) => (
        <>
          <p className="muted workflow-page__intro">
            {t('wf.mine.intro', { agency: agencyName(data.agencies, user.agency, lang) })}
          </p>
          <MineTable planId={planId} data={data} />
        </>
      )}
    </PlanPageFrame>
  );
}
