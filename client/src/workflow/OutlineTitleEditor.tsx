/** The number and title cells of an outline row, as a small inline form. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/context.js';
import type { PlanSection } from '../plan/types.js';
import type { SectionChangesBody } from '../../../shared/api/sections.js';

interface Props {
  section: PlanSection;
  depth: number;
  onSave: (changes: SectionChangesBody) => Promise<void>;
  onCancel: () => void;
}

export function OutlineTitleEditor({ section, depth, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const [number, setNumber] = useState(section.number);
  const [titleVi, setTitleVi] = useState(section.titleVi);
  const [titleEn, setTitleEn] = useState(section.titleEn);
  const numberRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    numberRef.current?.focus();
  }, []);

  const changes = (): SectionChangesBody => {
    const next: SectionChangesBody = {};
    if (number.trim() && number.trim() !== section.number) next.number = number.trim();
    if (titleVi.trim() && titleVi.trim() !== section.titleVi) next.titleVi = titleVi.trim();
    if (titleEn.trim() && titleEn.trim() !== section.titleEn) next.titleEn = titleEn.trim();
    return next;
  };

  const save = () => {
    const next = changes();
    if (Object.keys(next).length === 0) onCancel();
    else void onSave(next);
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  };

  return (
    <>
      <td className="outline__number">
        <input
          ref={numberRef}
          className="input--compact input--number"
          value={number}
          maxLength={32}
          aria-label={t('wf.outline.number')}
          onChange={(e) => setNumber(e.target.value)}
          onKeyDown={onKey}
          data-testid={`manage-number-${section.id}`}
        />
      </td>
      <td className="outline__title" style={{ paddingInlineStart: `${0.75 + depth * 1.25}rem` }}>
        <div className="inline-edit">
          <input
            className="input--compact"
            value={titleVi}
            maxLength={500}
            aria-label={t('wf.outline.titleVi')}
            onChange={(e) => setTitleVi(e.target.value)}
            onKeyDown={onKey}
            data-testid={`manage-title-${section.id}`}
          />
          <input
            className="input--compact"
            value={titleEn}
            maxLength={500}
            lang="en"
            aria-label={t('wf.outline.titleEn')}
            onChange={(e) => setTitleEn(e.target.value)}
            onKeyDown={onKey}
          />
          <div className="inline-edit__actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={save}
              data-testid={`manage-save-${section.id}`}
            >
              {t('wf.save')}
            </button>
            <button type="button" className="button button--small" onClick={onCancel}>
              {t('wf.cancel')}
            </button>
          </div>
        </div>
      </td>
    </>
  );
}
