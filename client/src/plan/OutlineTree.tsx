/** The plan outline as a table: parts, then their sections, with owner, status and lock. */
import { Fragment } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { agencyName, type AgencyDirectory } from './agencies.js';
import { LockIcon } from './LockIcon.js';
import type { OutlineNode } from './outline.js';
import { StatusBadge } from './StatusBadge.js';
import { OverdueMark } from '../workflow/OverdueMark.js';
import { localDate } from '../workflow/overdue.js';
import { OpenThreadsBadge } from '../review/OpenThreadsBadge.js';

interface Props {
  planId: string;
  outline: OutlineNode[];
  agencies: AgencyDirectory;
}

function OutlineRows({
  planId,
  nodes,
  agencies,
  depth,
}: Omit<Props, 'outline'> & { nodes: OutlineNode[]; depth: number }) {
  const { lang, date } = useI18n();
  return nodes.map(({ section, children }) => (
    <Fragment key={section.id}>
      <tr
        className={depth === 0 ? 'outline__row outline__row--part' : 'outline__row'}
        data-testid={`outline-row-${section.id}`}
      >
        <td className="outline__number">{section.number}</td>
        <td className="outline__title" style={{ paddingInlineStart: `${0.75 + depth * 1.25}rem` }}>
          <Link to={paths.section(planId, section.id)}>
            {pick(lang, section.titleVi, section.titleEn)}
          </Link>
          <OpenThreadsBadge planId={planId} sectionId={section.id} />
        </td>
        <td className="outline__owner">{agencyName(agencies, section.owner, lang)}</td>
        <td className="outline__status">
          <StatusBadge status={section.status} />
          {section.lock && <LockIcon />}
        </td>
        <td className="outline__due">
          {section.dueDate ? date(localDate(section.dueDate)) : ''}{' '}
          <OverdueMark section={section} />
        </td>
      </tr>
      <OutlineRows planId={planId} nodes={children} agencies={agencies} depth={depth + 1} />
    </Fragment>
  ));
}

export function OutlineTree({ planId, outline, agencies }: Props) {
  const { t } = useI18n();
  return (
    <table className="outline" data-testid="outline">
      <caption className="visually-hidden">{t('plan.outline')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.col.number')}</th>
          <th scope="col">{t('plan.col.title')}</th>
          <th scope="col">{t('plan.col.owner')}</th>
          <th scope="col">{t('plan.col.status')}</th>
          <th scope="col">{t('plan.col.due')}</th>
        </tr>
      </thead>
      <tbody>
        <OutlineRows planId={planId} nodes={outline} agencies={agencies} depth={0} />
      </tbody>
    </table>
  );
}
