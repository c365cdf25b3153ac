/**
 * One section in the reader: parts as centred headings (number, then the title in capitals),
 * sections as "III.1. Title", then the text; the status only when asked for.
 */
import { useT } from '../i18n/context.js';
import { StatusBadge } from '../plan/StatusBadge.js';
import type { PlanSection } from '../plan/types.js';
import { sectionAnchor } from './sectionAnchor.js';
import { SectionText } from './SectionText.js';
import { SECTION_ATTR } from './useActiveSection.js';
import type { ReaderEntry } from './wire.js';

interface Props {
  planId: string;
  entry: ReaderEntry;
  section: PlanSection;
  title: string;
  showStatus: boolean;
}

export function ReaderSection({ planId, entry, section, title, showStatus }: Props) {
  const t = useT();
  const status = showStatus && <StatusBadge status={section.status} />;
  const heading =
    entry.depth === 0 ? (
      <h2 className="reader__part">
        <span className="reader__part-number">{section.number}</span>
        <span className="reader__part-title">{title}</span> {status}
      </h2>
    ) : (
      <h3 className={entry.depth === 1 ? 'reader__section-title' : 'reader__subsection-title'}>
        {section.number}. {title} {status}
      </h3>
    );
  const empty = !entry.content?.content?.some((block) => (block.content?.length ?? 0) > 0);
  return (
    <section
      className="reader__section"
      id={sectionAnchor(section.id)}
      {...{ [SECTION_ATTR]: section.id }}
      aria-label={`${section.number} ${title}`}
      data-testid="reader-section"
    >
      {heading}
      {entry.content &&
        (empty ? (
          <p className="muted reader__empty">{t('rd.empty')}</p>
        ) : (
          <SectionText planId={planId} sectionId={section.id} content={entry.content} />
        ))}
    </section>
  );
}
