/**
 * The whole-plan reader (`/plans/:id/read`, `?sections=P3` for one part): every chosen section
 * in outline order with its number and title, live, read-only, with a table of contents that
 * follows the scroll. Printing (or the server's PDF) lays it out as the Word export does.
 */
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { PlanPageFrame } from '../plan/PlanPageFrame.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { readerApi } from './api.js';
import { ReaderCover } from './ReaderCover.js';
import { ReaderSection } from './ReaderSection.js';
import { ReaderToc } from './ReaderToc.js';
import { useActiveSection } from './useActiveSection.js';
import { useReaderContent } from './useReaderContent.js';

const scopeFromUrl = (): string | null =>
  new URLSearchParams(window.location.search).get('sections') || null;

export function ReaderPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <PlanPageFrame planId={planId} title={t('rd.title')} className="reader" testId="reader">
      {(data, planTitle) => <ReaderBody data={data} planTitle={planTitle} />}
    </PlanPageFrame>
  );
}

function ReaderBody({ data, planTitle }: { data: PlanPageData; planTitle: string }) {
  const { t, lang } = useI18n();
  const planId = data.plan.id;
  const [scope, setScope] = useState(scopeFromUrl);
  const [showStatus, setShowStatus] = useState(false);
  const parts = data.ordered.filter((s) => s.parentId === null);
  const shape = data.ordered.map((s) => `${s.id}<${s.parentId ?? ''}`).join(',');
  const { entries, error, refreshing } = useReaderContent(planId, scope, shape, data.edits);

  const items = useMemo(
    () =>
      (entries ?? []).flatMap((entry) => {
        const section = data.sections.get(entry.id);
        return section
          ? [
              {
                entry,
                section,
                depth: entry.depth,
                title: pick(lang, section.titleVi, section.titleEn),
              },
            ]
          : [];
      }),
    [entries, data.sections, lang],
  );
  const active = useActiveSection(items.length);

  const choose = (value: string) => {
    const next = value || null;
    setScope(next);
    window.history.replaceState(null, '', next ? `?sections=${encodeURIComponent(next)}` : '?');
  };

  const ready = entries !== null && refreshing.size === 0;
  return (
    <>
      <div className="reader__bar" data-testid="reader-bar">
        <h1 className="reader__title">{t('rd.title')}</h1>
        <label className="reader__scope">
          {t('rd.part')}{' '}
          <select
            value={scope ?? ''}
            onChange={(e) => choose(e.target.value)}
            data-testid="reader-scope"
          >
            <option value="">{t('rd.part.all')}</option>
            {parts.map((part) => (
              <option key={part.id} value={part.id}>
                {part.number} — {pick(lang, part.titleVi, part.titleEn)}
              </option>
            ))}
          </select>
        </label>
        <label className="reader__check">
          <input
            type="checkbox"
            checked={showStatus}
            onChange={(e) => setShowStatus(e.target.checked)}
            data-testid="reader-show-status"
          />{' '}
          {t('rd.showStatus')}
        </label>
        <div className="reader__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('rd.print')}
          </button>
          <a
            className="button"
            href={readerApi.download(planId, 'docx', scope)}
            data-testid="reader-docx"
          >
            {t('rd.docx')}
          </a>
          <a
            className="button"
            href={readerApi.download(planId, 'pdf', scope)}
            data-testid="reader-pdf"
          >
            {t('rd.pdf')}
          </a>
        </div>
        <p className={data.live ? 'live-dot live-dot--on' : 'live-dot'} data-testid="reader-live">
          {data.live ? t('rd.live') : t('rd.liveOff')}
        </p>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="reader__layout">
        <ReaderToc items={items} active={active} />
        <article
          className="reader__doc"
          aria-busy={!ready}
          data-testid="reader-doc"
          data-reader-ready={ready ? '' : undefined}
        >
          <ReaderCover plan={data.plan} />
          {entries === null && !error && (
            <p className="loading" role="status">
              {t('rd.loading')}
            </p>
          )}
          {items.map(({ entry, section, title }) => (
            <ReaderSection
              key={entry.id}
              planId={planId}
              entry={entry}
              section={section}
              title={title}
              showStatus={showStatus}
            />
          ))}
        </article>
      </div>
      <span className="visually-hidden" role="status">
        {planTitle && refreshing.size > 0
          ? t('rd.refreshing', {
              number: [...refreshing].map((id) => data.sections.get(id)?.number ?? id).join(', '),
            })
          : ''}
      </span>
    </>
  );
}
