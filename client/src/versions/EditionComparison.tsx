/** Two editions (or an edition and now) picked, then the sections that changed between them. */
import { useId, useState, type FormEvent } from 'react';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { PlanSection } from '../plan/types.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { ActionError } from '../workflow/ActionError.js';
import { CURRENT, type VersionRef } from './api.js';
import { editionsApi } from './editionsApi.js';
import type { Edition, EditionSectionChange } from './wire.js';

interface Props {
  planId: string;
  /** Newest first. */
  editions: Edition[];
  sections: ReadonlyMap<string, PlanSection>;
}

export function EditionComparison({ planId, editions, sections }: Props) {
  const { t, lang, number } = useI18n();
  const id = useId();
  const [from, setFrom] = useState<string>(editions.at(-1)?.id ?? '');
  const [to, setTo] = useState<VersionRef>(CURRENT);
  const [result, setResult] = useState<EditionSectionChange[] | null>(null);
  const action = useAction();
  const nameOf = (ref: VersionRef) => editions.find((e) => e.id === ref)?.name ?? t('ver.current');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    await action.run(async () => setResult(await editionsApi.compare(planId, from, to)));
  };
  const changed = result?.filter((s) => s.changes > 0 || s.from === null) ?? [];

  return (
    <div className="edition-compare" data-testid="edition-compare">
      <form className="compare-picker" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-from`} className="compare-picker__field">
          {t('ver.compare.from')}
          <select
            id={`${id}-from`}
            className="input"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          >
            {editions.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-to`} className="compare-picker__field">
          {t('ver.compare.to')}
          <select
            id={`${id}-to`}
            className="input"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          >
            {[CURRENT, ...editions.map((e) => e.id)].map((ref) => (
              <option key={ref} value={ref}>
                {nameOf(ref)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="button button--small"
          disabled={from === to || action.pending}
        >
          {action.pending ? t('ed.compare.pending') : t('ver.compare')}
        </button>
      </form>
      <ActionError message={action.error} testId="edition-compare-error" />
      {result && (
        <div aria-live="polite">
          <h3 className="edition-compare__title">
            {t('ver.compare.title', { from: nameOf(from), to: nameOf(to) })}
          </h3>
          {changed.length === 0 ? (
            <p className="muted">{t('ed.compare.none')}</p>
          ) : (
            <ul className="edition-compare__list">
              {changed.map((change) => {
                const section = sections.get(change.sectionId);
                const title = section
                  ? `${section.number}. ${pick(lang, section.titleVi, section.titleEn)}`
                  : change.sectionId;
                const words = {
                  added: number(change.wordsAdded),
                  removed: number(change.wordsRemoved),
                };
                return (
                  <li key={change.sectionId} data-testid="edition-change">
                    <Link to={paths.section(planId, change.sectionId)}>{title}</Link>{' '}
                    <span className="muted">
                      {change.from === null
                        ? t('ed.compare.new')
                        : t('ed.compare.counts', {
                            count: number(change.changes),
                            ...words,
                          })}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
