/** "Phân công": lead agency, contributing agencies, and which contributors may write. */
import { useId, useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/context.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import { AgencyOptions } from '../plan/AgencyOptions.js';
import type { PlanSection } from '../plan/types.js';
import { ContributorList } from './ContributorList.js';
import { DialogForm, type DialogProps } from './DialogForm.js';

interface Props extends DialogProps {
  section: PlanSection;
  agencies: AgencyDirectory;
}

export function AssignmentDialog({ section, agencies, ...dialog }: Props) {
  const { t, number } = useI18n();
  const [owner, setOwner] = useState(section.owner);
  const [contributors, setContributors] = useState<ReadonlySet<string>>(
    () => new Set(section.contributors),
  );
  const [writers, setWriters] = useState<ReadonlySet<string>>(() => new Set(section.writers));
  const ownerId = useId();
  const all = useMemo(() => [...agencies.values()], [agencies]);

  const effective = [...contributors].filter((code) => code !== owner);
  const effectiveWriters = effective.filter((code) => writers.has(code));
  const assignment = { owner, contributors: effective, writers: effectiveWriters };

  return (
    <DialogForm
      {...dialog}
      title={t('wf.assign.dialog', { number: section.number })}
      testId="assign-dialog"
      send={() => api.assignSection(section.id, assignment)}
      done={t('wf.assign.done')}
      submitLabel={t('wf.assign.submit')}
      submitTestId="assign-submit"
      wide
    >
      <label htmlFor={ownerId}>{t('wf.assign.owner')}</label>
      <select
        id={ownerId}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        data-testid="assign-owner"
      >
        <AgencyOptions agencies={all} />
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
    </DialogForm>
  );
}
