/** The coordinator's outline: every row editable, a form to add, a list of deleted sections. */
import { useCallback, useState } from 'react';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import type { PlanSection } from '../plan/types.js';
import type { PlanPageData } from '../plan/usePlanPage.js';
import { ActionError } from './ActionError.js';
import { AddSectionForm } from './AddSectionForm.js';
import { DeletedSections } from './DeletedSections.js';
import { DeleteSectionDialog } from './DeleteSectionDialog.js';
import { OutlineEditRow, type Perform } from './OutlineEditRow.js';

export function OutlineManager({ planId, data }: { planId: string; data: PlanPageData }) {
  const { t } = useI18n();
  const action = useAction();
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<PlanSection | null>(null);
  const parts = data.outline.map((node) => node.section);
  const { run } = action;

  const perform: Perform = useCallback(
    async (work, success) => {
      setNotice('');
      const ok = await run(work);
      if (ok) setNotice(success);
      return ok;
    },
    [run],
  );

  const rows = data.outline.flatMap((part, partIndex) => [
    { section: part.section, depth: 0, index: partIndex, siblings: data.outline.length },
    ...part.children.map((child, index) => ({
      section: child.section,
      depth: 1,
      index,
      siblings: part.children.length,
    })),
  ]);
  const rowProps = { planId, parts, agencies: data.agencies, perform, onDelete: setDeleting };
  return (
    <div className="outline-manager">
      <div className="outline-manager__status">
        <p
          className="workflow-notice"
          role="status"
          aria-live="polite"
          data-testid="outline-notice"
        >
          {notice}
        </p>
        <ActionError message={action.error} testId="outline-error" />
      </div>
      <table className="outline outline--manage" data-testid="manage-outline">
        <caption className="visually-hidden">{t('wf.outline.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.number')}</th>
            <th scope="col">{t('plan.col.title')}</th>
            <th scope="col">{t('plan.col.owner')}</th>
            <th scope="col">{t('plan.col.due')}</th>
            <th scope="col">{t('wf.outline.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {/* One flat keyed list, so a row moved to another part keeps its state and focus. */}
          {rows.map((row) => (
            <OutlineEditRow key={row.section.id} {...rowProps} {...row} />
          ))}
        </tbody>
      </table>
      <AddSectionForm planId={planId} parts={parts} agencies={data.agencies} perform={perform} />
      <DeletedSections
        planId={planId}
        version={data.revision}
        agencies={data.agencies}
        perform={perform}
      />
      {deleting && (
        <DeleteSectionDialog
          section={deleting}
          onClose={() => setDeleting(null)}
          onDone={(message) => {
            setDeleting(null);
            setNotice(message);
          }}
        />
      )}
    </div>
  );
}
