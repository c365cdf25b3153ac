/** The sidebar table of contents: a link to every section, the open one marked. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { LockIcon } from './LockIcon.js';
import type { OutlineNode } from './outline.js';

interface Props {
  planId: string;
  outline: OutlineNode[];
  activeId: string | null;
}

function Entries({ planId, nodes, activeId }: Omit<Props, 'outline'> & { nodes: OutlineNode[] }) {
  const { lang } = useI18n();
  return (
    <ol className="toc__list">
      {nodes.map(({ section, children }) => (
        <li key={section.id}>
          <Link
            to={paths.section(planId, section.id)}
            className="toc__link"
            aria-current={section.id === activeId ? 'page' : undefined}
            data-testid={`toc-link-${section.id}`}
          >
            <span className="toc__number">{section.number}</span>
            <span className="toc__title">{pick(lang, section.titleVi, section.titleEn)}</span>
            {section.lock && <LockIcon />}
          </Link>
          {children.length > 0 && <Entries planId={planId} nodes={children} activeId={activeId} />}
        </li>
      ))}
    </ol>
  );
}

export function TableOfContents({ planId, outline, activeId }: Props) {
  const { t } = useI18n();
  const navRef = useRef<HTMLElement>(null);

  // Keep the open section visible in a long contents list.
  useEffect(() => {
    const nav = navRef.current;
    const active = nav?.querySelector<HTMLElement>('.toc__link[aria-current="page"]');
    if (!nav || !active) return;
    const top = active.offsetTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - active.offsetHeight) {
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
    }
  }, [activeId]);

  return (
    <nav ref={navRef} className="toc" aria-labelledby="toc-heading" data-testid="toc">
      <h2 id="toc-heading" className="toc__heading">
        <Link to={paths.plan(planId)} aria-current={activeId === null ? 'page' : undefined}>
          {t('plan.toc')}
        </Link>
      </h2>
      <Entries planId={planId} nodes={outline} activeId={activeId} />
    </nav>
  );
}
