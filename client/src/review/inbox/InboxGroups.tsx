/** Inbox items grouped by section, in outline order, each linking to its thread. */
import { useI18n } from '../../i18n/context.js';
import { pick } from '../../i18n/localized.js';
import type { PlanPageData } from '../../plan/usePlanPage.js';
import { Link } from '../../router/Link.js';
import { paths } from '../../router/routes.js';
import { PersonLine } from '../PersonLine.js';
import { threadPath } from '../planRoute.js';
import type { InboxItem } from '../wire.js';

interface Props {
  planId: string;
  items: InboxItem[];
  data: PlanPageData;
}

function groupBySection(items: InboxItem[], data: PlanPageData) {
  const order = new Map(data.ordered.map((s, i) => [s.id, i]));
  const groups = new Map<string, InboxItem[]>();
  for (const item of items) {
    const list = groups.get(item.thread.sectionId) ?? [];
    list.push(item);
    groups.set(item.thread.sectionId, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([sectionId, list]) => ({
      section: data.ordered.find((s) => s.id === sectionId) ?? null,
      sectionId,
      items: list.sort((a, b) => a.thread.createdAt.localeCompare(b.thread.createdAt)),
    }));
}

export function InboxGroups({ planId, items, data }: Props) {
  const { t, lang, number } = useI18n();
  return groupBySection(items, data).map(({ section, sectionId, items: group }) => {
    const headingId = `inbox-${sectionId}`;
    return (
      <section
        key={sectionId}
        className="inbox-group"
        aria-labelledby={headingId}
        data-testid={`inbox-group-${sectionId}`}
      >
        <h2 id={headingId} className="inbox-group__title">
          <Link to={paths.section(planId, sectionId)}>
            {section
              ? `${section.number}. ${pick(lang, section.titleVi, section.titleEn)}`
              : sectionId}
          </Link>
          <span className="inbox-group__count">
            {t('review.inbox.sectionCount', { count: number(group.length) })}
          </span>
        </h2>
        <ul className="inbox-group__list">
          {group.map(({ reason, thread }) => (
            <li
              key={thread.id}
              className="inbox-item"
              data-testid="inbox-item"
              data-thread-id={thread.id}
              data-reason={reason}
            >
              <span className="reason-badge" data-reason={reason}>
                {t(`review.inbox.reason.${reason}`)}
              </span>
              <blockquote id={`quote-${thread.id}`} className="thread__quote">
                {thread.quote}
              </blockquote>
              <p className="inbox-item__body">{thread.messages.find((m) => !m.deleted)?.body}</p>
              <PersonLine person={thread.author} at={thread.createdAt} agencies={data.agencies} />
              <Link
                to={threadPath(planId, sectionId, thread.id)}
                className="inbox-item__open"
                aria-describedby={`quote-${thread.id}`}
                data-testid="inbox-open"
              >
                {t('review.inbox.open')}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
