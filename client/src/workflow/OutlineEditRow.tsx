/** One row of the outline manager: inline rename / renumber, move, part, due date, delete. */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import type { SectionChangesBody } from '../../../shared/api/sections.js';
import { workflowApi } from './api.js';
import { DueDateInput } from './DueDateInput.js';
import { OutlineTitleEditor } from './OutlineTitleEditor.js';
import { OverdueMark } from './OverdueMark.js';

export type Perform = (action: () => Promise<unknown>, success: string) => Promise<boolean>;

export interface RowProps {
  planId: string;
  section: PlanSection;
  depth: number;
  index: number;
  siblings: number;
  parts: PlanSection[];
  agencies: AgencyDirectory;
  perform: Perform;
  onDelete: (section: PlanSection) => void;
}

export function OutlineEditRow(props: RowProps) {
  const { planId, section, depth, index, siblings, parts, agencies, perform, onDelete } = props;
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const n = section.number;

  useEffect(() => {
    if (wasEditing.current && !editing) editRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  // A moved row may be re-inserted in the DOM, which drops focus: put it back on its control.
  const rowRef = useRef<HTMLTableRowElement>(null);
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const control = refocus.current;
    refocus.current = null;
    if (!control || document.activeElement !== document.body) return;
    const row = rowRef.current;
    const target = row?.querySelector<HTMLElement>(`[data-control="${control}"]:not(:disabled)`);
    (target ?? row?.querySelector<HTMLElement>('[data-control]:not(:disabled)'))?.focus();
  }, [section.position, section.parentId]);

  const change = (changes: SectionChangesBody, success: string) =>
    perform(() => workflowApi.updateSection(section.id, changes), success);
  const move = (control: string, changes: SectionChangesBody) => {
    refocus.current = control;
    void change(changes, t('wf.outline.moved', { number: n }));
  };

  return (
    <tr
      ref={rowRef}
      className={depth === 0 ? 'outline__row outline__row--part' : 'outline__row'}
      data-testid={`manage-row-${section.id}`}
    >
      {editing ? (
        <OutlineTitleEditor
          section={section}
          depth={depth}
          onCancel={() => setEditing(false)}
          onSave={async (changes) => {
            if (await change(changes, t('wf.outline.saved', { number: changes.number ?? n })))
              setEditing(false);
          }}
        />
      ) : (
        <>
          <td className="outline__number">{n}</td>
          <td
            className="outline__title"
            style={{ paddingInlineStart: `${0.75 + depth * 1.25}rem` }}
          >
            <Link to={paths.section(planId, section.id)}>
              {pick(lang, section.titleVi, section.titleEn)}
            </Link>
          </td>
        </>
      )}
      <td className="outline__owner">{agencyName(agencies, section.owner, lang)}</td>
      <td className="outline__due">
        <DueDateInput
          value={section.dueDate}
          label={t('wf.outline.dueOf', { number: n })}
          onCommit={(dueDate) => void change({ dueDate }, t('wf.outline.saved', { number: n }))}
          testId={`manage-due-${section.id}`}
        />
        <OverdueMark section={section} />
      </td>
      <td className="outline__actions">
        <div className="row-actions">
          {!editing && (
            <button
              ref={editRef}
              type="button"
              className="button button--small"
              aria-label={t('wf.outline.editLabel', { number: n })}
              onClick={() => setEditing(true)}
              data-testid={`manage-edit-${section.id}`}
            >
              {t('wf.outline.edit')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--icon"
            aria-label={t('wf.outline.moveUp', { number: n })}
            title={t('wf.outline.moveUp', { number: n })}
            disabled={index === 0}
            onClick={() => move('up', { index: index - 1 })}
            data-control="up"
            data-testid={`manage-up-${section.id}`}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--small button--icon"
            aria-label={t('wf.outline.moveDown', { number: n })}
            title={t('wf.outline.moveDown', { number: n })}
            disabled={index >= siblings - 1}
            onClick={() => move('down', { index: index + 1 })}
            data-control="down"
            data-testid={`manage-down-${section.id}`}
          >
            <span aria-hidden="true">↓</span>
          </button>
          {depth > 0 && (
            <select
              className="input--compact"
              value={section.parentId ?? ''}
              aria-label={t('wf.outline.partOf', { number: n })}
              onChange={(e) => move('part', { parentId: e.target.value })}
              data-control="part"
              data-testid={`manage-part-${section.id}`}
            >
              {parts.map((part) => (
                <option key={part.id} value={part.id}>
                  {part.number}
                </option>
              ))}
            </select>
          )}
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t('wf.outline.deleteLabel', { number: n })}
            onClick={() => onDelete(section)}
            data-testid={`manage-delete-${section.id}`}
          >
            {t('wf.outline.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
