/** A filterable checklist of contributing agencies, each with its own "được phép viết" box. */
import { useId, useState } from 'react';
import type { Agency } from '../../../shared/model.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';

interface Props {
  agencies: Agency[];
  contributors: ReadonlySet<string>;
  writers: ReadonlySet<string>;
  onContributors: (next: ReadonlySet<string>) => void;
  onWriters: (next: ReadonlySet<string>) => void;
}

const toggled = (set: ReadonlySet<string>, code: string, on: boolean): ReadonlySet<string> => {
  const next = new Set(set);
  if (on) next.add(code);
  else next.delete(code);
  return next;
};

/** Lower case without diacritics, so "so cong thuong" finds "Sở Công Thương". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

export function ContributorList(props: Props) {
  const { agencies, contributors, writers, onContributors, onWriters } = props;
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const legendId = useId();
  const query = fold(filter.trim());
  const shown = agencies.filter(
    (a) =>
      !query ||
      fold(`${a.code} ${a.nameVi} ${a.nameEn}`).includes(query) ||
      contributors.has(a.code),
  );

  return (
    <fieldset className="contributors" aria-labelledby={legendId}>
      <legend id={legendId}>{t('wf.assign.contributors')}</legend>
      <label htmlFor={filterId} className="contributors__filter-label">
        {t('wf.assign.filter')}
      </label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        data-testid="assign-filter"
      />
      <ul className="contributors__list">
        {shown.map((agency) => {
          const name = pick(lang, agency.nameVi, agency.nameEn);
          const isContributor = contributors.has(agency.code);
          return (
            <li key={agency.code} className="contributors__item">
              <label className="check">
                <input
                  type="checkbox"
                  checked={isContributor}
                  onChange={(e) => {
                    onContributors(toggled(contributors, agency.code, e.target.checked));
                    if (!e.target.checked) onWriters(toggled(writers, agency.code, false));
                  }}
                  data-testid={`assign-contributor-${agency.code}`}
                />
                <span>{name}</span>
              </label>
              {isContributor && (
                <label className="check check--secondary">
                  <input
                    type="checkbox"
                    checked={writers.has(agency.code)}
                    onChange={(e) => onWriters(toggled(writers, agency.code, e.target.checked))}
                    aria-label={t('wf.assign.writeLabel', { agency: name })}
                    data-testid={`assign-writer-${agency.code}`}
                  />
                  <span aria-hidden="true">{t('wf.assign.write')}</span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="muted">{t('wf.assign.noMatch')}</p>}
    </fieldset>
  );
}
