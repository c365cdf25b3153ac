/** "Thêm mục": number, Vietnamese title, English title (optional), part, lead agency, due date. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import { AgencyOptions } from '../plan/AgencyOptions.js';
import type { PlanSection } from '../plan/types.js';
import { workflowApi } from './api.js';
import type { Perform } from './OutlineEditRow.js';

interface Props {
  planId: string;
  parts: PlanSection[];
  agencies: AgencyDirectory;
  perform: Perform;
}

export function AddSectionForm({ planId, parts, agencies, perform }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [number, setNumber] = useState('');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [parentId, setParentId] = useState(parts[0]?.id ?? '');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState(false);
  const numberRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!number.trim() || !titleVi.trim() || !owner) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const input = {
      number: number.trim(),
      titleVi: titleVi.trim(),
      ...(titleEn.trim() ? { titleEn: titleEn.trim() } : {}),
      parentId: parentId || null,
      owner,
      dueDate: dueDate || null,
    };
    const ok = await perform(
      () => workflowApi.createSection(planId, input),
      t('wf.outline.added', { number: input.number }),
    );
    if (ok) {
      setNumber('');
      setTitleVi('');
      setTitleEn('');
      setDueDate('');
      numberRef.current?.focus();
    }
  }

  const field = (name: string) => `${id}-${name}`;
  return (
    <section className="dash-card add-section" aria-labelledby={field('heading')}>
      <h2 id={field('heading')} className="dash-card__heading">
        {t('wf.outline.addTitle')}
      </h2>
      <form
        className="add-section__form"
        onSubmit={(e) => void submit(e)}
        data-testid="add-section"
      >
        <div className="add-section__field add-section__field--number">
          <label htmlFor={field('number')}>{t('wf.outline.number')}</label>
          <input
            ref={numberRef}
            id={field('number')}
            value={number}
            maxLength={32}
            required
            aria-invalid={missing && !number.trim()}
            onChange={(e) => setNumber(e.target.value)}
            data-testid="add-number"
          />
        </div>
        <div className="add-section__field add-section__field--wide">
          <label htmlFor={field('titleVi')}>{t('wf.outline.titleVi')}</label>
          <input
            id={field('titleVi')}
            value={titleVi}
            maxLength={500}
            required
            aria-invalid={missing && !titleVi.trim()}
            onChange={(e) => setTitleVi(e.target.value)}
            data-testid="add-title-vi"
          />
        </div>
        <div className="add-section__field add-section__field--wide">
          <label htmlFor={field('titleEn')}>{t('wf.outline.titleEn')}</label>
          <input
            id={field('titleEn')}
            value={titleEn}
            lang="en"
            maxLength={500}
            onChange={(e) => setTitleEn(e.target.value)}
            data-testid="add-title-en"
          />
        </div>
        <div className="add-section__field">
          <label htmlFor={field('parent')}>{t('wf.outline.part')}</label>
          <select
            id={field('parent')}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            data-testid="add-parent"
          >
            {parts.map((part) => (
              <option key={part.id} value={part.id}>
                {part.number} — {pick(lang, part.titleVi, part.titleEn)}
              </option>
            ))}
            <option value="">{t('wf.outline.topLevel')}</option>
          </select>
        </div>
        <div className="add-section__field">
          <label htmlFor={field('owner')}>{t('wf.outline.owner')}</label>
          <select
            id={field('owner')}
            value={owner}
            required
            aria-invalid={missing && !owner}
            onChange={(e) => setOwner(e.target.value)}
            data-testid="add-owner"
          >
            <option value="">—</option>
            <AgencyOptions agencies={agencies.values()} />
          </select>
        </div>
        <div className="add-section__field add-section__field--date">
          <label htmlFor={field('due')}>{t('wf.outline.due')}</label>
          <input
            id={field('due')}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            data-testid="add-due"
          />
        </div>
        <div className="add-section__submit">
          <button type="submit" className="button button--primary" data-testid="add-submit">
            {t('wf.outline.add')}
          </button>
        </div>
        <p className="form-error" role="alert">
          {missing ? t('wf.outline.required') : ''}
        </p>
      </form>
    </section>
  );
}
