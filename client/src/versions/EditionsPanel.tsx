/**
 * "Các bản hồ sơ" on the plan page: the editions of the plan (a version of every section frozen
 * at one moment), freezing a new one (the coordinator), and what changed in each section between
 * two editions or since one. A section's own page compares it between editions word by word.
 */
import { useState } from 'react';
import { can } from '../../../shared/policy.js';
import { EDITION_NAME_MAX } from '../../../shared/versions/model.js';
import { useUser } from '../auth/context.js';
import { useI18n } from '../i18n/context.js';
import type { PlanSection } from '../plan/types.js';
import { LoadError } from '../workflow/ActionError.js';
import { useRefreshing } from '../workflow/useRefreshing.js';
import { EditionComparison } from './EditionComparison.js';
import { editionsApi } from './editionsApi.js';
import { NameForm } from './NameForm.js';

interface Props {
  planId: string;
  sections: ReadonlyMap<string, PlanSection>;
}

export function EditionsPanel({ planId, sections }: Props) {
  const { t, dateTime, number } = useI18n();
  const user = useUser();
  const [frozen, setFrozen] = useState(0);
  const [notice, setNotice] = useState('');
  const { data, error } = useRefreshing(`editions:${planId}`, frozen, () =>
    editionsApi.list(planId),
  );
  return (
    <section className="panel editions" aria-labelledby="editions-heading" data-testid="editions">
      <h2 id="editions-heading" className="panel__heading">
        {t('ed.title')}
      </h2>
      <p className="muted">{t('ed.intro')}</p>
      {can(user, 'freezeEdition', null) && (
        <NameForm
          testId="freeze-edition"
          label={t('ed.freeze.name')}
          placeholder={t('ed.freeze.placeholder')}
          submitLabel={t('ed.freeze')}
          pendingLabel={t('ed.freeze.pending')}
          maxLength={EDITION_NAME_MAX}
          save={(name) => editionsApi.freeze(planId, name)}
          onSaved={(name) => {
            setFrozen((n) => n + 1);
            setNotice(t('ed.freeze.done', { name }));
          }}
        />
      )}
      <p role="status" className={notice ? 'editions__notice' : 'visually-hidden'}>
        {notice}
      </p>
      <LoadError message={error} />
      {data === null && !error && <p className="muted">{t('app.loading')}</p>}
      {data?.length === 0 && <p className="muted">{t('ed.empty')}</p>}
      {data && data.length > 0 && (
        <>
          <ol className="versions__list">
            {data.map((edition) => (
              <li key={edition.id} className="versions__item" data-testid="edition-item">
                <p className="versions__name">{edition.name}</p>
                <p className="versions__meta">
                  {t('ver.meta', {
                    date: dateTime(edition.createdAt),
                    name: edition.createdByName ?? '',
                  })}{' '}
                  · {t('ed.sections', { count: number(edition.sections) })}
                </p>
              </li>
            ))}
          </ol>
          <EditionComparison planId={planId} editions={data} sections={sections} />
        </>
      )}
    </section>
  );
}
