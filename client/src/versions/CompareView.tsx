/**
 * A comparison of two versions of the section (or a version and now), in the document's own
 * setting, with the changed paragraphs listed first to jump between.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/context.js';
import type { Lang } from '../i18n/lang.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { LoadError } from '../workflow/ActionError.js';
import { useRefreshing } from '../workflow/useRefreshing.js';
import { versionsApi } from './api.js';
import { DiffBlock, type AuthorsOf } from './DiffBlock.js';
import type { CompareRequest } from './VersionsPanel.js';
import type { Authorship, BlockChange } from './wire.js';

const SNIPPET = 60;

function snippet(change: BlockChange): string {
  const text = change.block.text.trim();
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text;
}

/** "Name (agency), Name (agency)" of the authors of each passage of one block. */
function authorsOfBlock(
  authorship: Authorship,
  block: number,
  agencies: AgencyDirectory,
  lang: Lang,
): AuthorsOf {
  return (piece) => {
    const passage = authorship.passages.find((p) => p.block === block && p.piece === piece);
    if (!passage) return null;
    return passage.authors
      .map((id) => authorship.users[id])
      .filter((user) => user !== undefined)
      .map((user) => `${user.name} (${agencyName(agencies, user.agency, lang)})`)
      .join(', ');
  };
}

function jumpTo(index: number): void {
  const target = document.getElementById(`diff-${index}`);
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
}

export function CompareView({
  sectionId,
  request,
  agencies,
  onClose,
}: {
  sectionId: string;
  request: CompareRequest;
  agencies: AgencyDirectory;
  onClose: () => void;
}) {
  const { t, number, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data: answer, error } = useRefreshing(
    `compare:${sectionId}:${request.from}:${request.to}`,
    0,
    () => versionsApi.compare(sectionId, request.from, request.to),
  );
  useEffect(() => heading.current?.focus(), [request]);
  const data = answer?.comparison ?? null;

  return (
    <section className="compare" aria-labelledby="compare-heading" data-testid="compare">
      <header className="compare__header">
        <h2 id="compare-heading" className="compare__title" tabIndex={-1} ref={heading}>
          {t('ver.compare.title', { from: request.fromName, to: request.toName })}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('ver.compare.close')}
        </button>
      </header>
      <p className="compare__legend">{t('ver.compare.legend')}</p>
      <LoadError message={error} />
      {data === null && !error && <p className="muted">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="compare__words" data-testid="compare-words">
            {data.changes.length === 0
              ? t('ver.compare.none')
              : t('ver.compare.words', {
                  added: number(data.wordsAdded),
                  removed: number(data.wordsRemoved),
                })}
          </p>
          {data.changes.length > 0 && (
            <nav className="compare__summary" aria-labelledby="compare-summary-heading">
              <h3 id="compare-summary-heading" className="compare__summary-heading">
                {t('ver.compare.summary', { count: number(data.changes.length) })}
              </h3>
              <ol>
                {data.changes.map((index, n) => {
                  const change = data.blocks[index]!;
                  return (
                    <li key={index}>
                      <button type="button" className="link-button" onClick={() => jumpTo(index)}>
                        <span className="diff-tag">{t(`ver.op.${change.op}`)}</span>{' '}
                        {t('ver.jump', { index: number(n + 1), text: snippet(change) })}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </nav>
          )}
          <div className="editor__page">
            <div className="document compare__document" data-testid="compare-document">
              {data.blocks.map((change, index) => (
                <DiffBlock
                  key={index}
                  change={change}
                  index={index}
                  authorsOf={authorsOfBlock(answer!.authors, index, agencies, lang)}
                />
              ))}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
