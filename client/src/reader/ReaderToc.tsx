/** The reader's table of contents: every chosen section, the one being read marked. */
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/context.js';
import type { PlanSection } from '../plan/types.js';
import { sectionAnchor } from './sectionAnchor.js';

interface Props {
  items: readonly { section: PlanSection; depth: number; title: string }[];
  active: string | null;
}

export function ReaderToc({ items, active }: Props) {
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  // The marked entry stays in sight in a long table of contents (it scrolls on its own).
  useEffect(() => {
    ref.current
      ?.querySelector('[aria-current="location"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <nav ref={ref} className="reader__toc" aria-label={t('rd.toc')} data-testid="reader-toc">
      <h2 className="reader__toc-title">{t('rd.toc')}</h2>
      <ol>
        {items.map(({ section, depth, title }) => (
          <li
            key={section.id}
            className={`reader__toc-item reader__toc-item--d${Math.min(depth, 2)}`}
          >
            <a
              href={`#${sectionAnchor(section.id)}`}
              aria-current={active === section.id ? 'location' : undefined}
            >
              <span className="reader__toc-number">{section.number}</span> {title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
