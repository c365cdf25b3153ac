/** "Phân công": lead agency, contributing agencies, and which contributors may write. */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/context.js';
import { pick } from '../i18n/localized.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { ActionError } from './ActionError.js';
import { ContributorList } from './ContributorList.js';
import { Dialog } from './Dialog.js';
import { useAction } from './useAction.js';

interface Props {
  section: PlanSection;
  agencies: AgencyDirectory;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function AssignmentDialog({ section, agencies, onClose, onDone }: Props) {
  const { t, lang, number } = useI18n();
  const [owner, setOwner] = useState(section.owner);
  const [contributors, setContributors] = useState<ReadonlySet<string>>(
    () => new Set(section.contributors),
  );
  const [writers, setWriters] = useState<ReadonlySet<string>>(() => new Set(section.writers));
  const action = useAction();
  const ownerId = useId();
  const all = useMemo(() => [...agencies.values()], [agencies]);

  const effective = [...contributors].filter((code) => code !== owner);
  const effectiveWriters = effective.filter((code) => writers.has(code));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const assignment = { owner, contributors: effective, writers: effectiveWriters };
    if (await action.run(() => api.assignSection(section.id, assignment))) {
      onDone(t('wf.assign.done'));
    }
  }

  return (
    <Dialog
      open
      title={t('wf.assign.dialog', { number: section.number })}
      onClose={onClose}
      testId="assign-dialog"
    >
      <form className="dialog__body dialog__body--wide" onSubmit={(e) => void submit(e)}>
        <label htmlFor={ownerId}>{t('wf.assign.owner')}</label>
        <select
          id={ownerId}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          data-testid="assign-owner"
        >
          {all.map((agency) => (
            <option key={agency.code} value={agency.code}>
              {pick(lang, agency.nameVi, agency.nameEn)}
            </option>
          ))}
        </select>
        <ContributorList
          agencies={all.filter((agency) => agency.code !== owner)}
          contributors={contributors}
          writers={writers}
          onContributors={setContributors}
          onWriters={setWriters}
        />
        <p className="field-hint" aria-live="polite">
          {t('wf.assign.selected', {
            count: number(effective.length),
            writers: number(effectiveWriters.length),
          })}
        </p>
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('wf.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={action.pending}
            data-testid="assign-submit"
          >
            {action.pending ? t('wf.saving') : t('wf.assign.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
