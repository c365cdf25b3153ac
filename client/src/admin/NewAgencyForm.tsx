/** Create an agency: a short code (what sections and accounts name it by) and two names. */
import { useState, type FormEvent } from 'react';
import type { AgencyKind, ManagedAgency } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { agenciesApi } from './agenciesApi.js';
import { AgencyKindSelect } from './AgencyKindSelect.js';

export function NewAgencyForm({ onCreated }: { onCreated: (agency: ManagedAgency) => void }) {
  const t = useT();
  const action = useAction();
  const [code, setCode] = useState('');
  const [nameVi, setNameVi] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [kind, setKind] = useState<AgencyKind>('department');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(async () => {
      onCreated(await agenciesApi.create({ code, nameVi, nameEn, kind }));
      setCode('');
      setNameVi('');
      setNameEn('');
    });
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} data-testid="new-agency-form">
      <h2>{t('admin.agencies.create')}</h2>
      <div className="admin-form__fields">
        <label>
          {t('admin.agencies.code')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={16}
            aria-describedby="agency-code-hint"
            data-testid="new-agency-code"
          />
          <span id="agency-code-hint" className="field-hint">
            {t('admin.agencies.codeHint')}
          </span>
        </label>
        <label>
          {t('admin.agencies.nameVi')}
          <input
            value={nameVi}
            onChange={(e) => setNameVi(e.target.value)}
            required
            data-testid="new-agency-name-vi"
          />
        </label>
        <label>
          {t('admin.agencies.nameEn')}
          <input
            value={nameEn}
            onChange={(e) => setNameEn(e.target.value)}
            required
            data-testid="new-agency-name-en"
          />
        </label>
        <label>
          {t('admin.agencies.kind')}
          <AgencyKindSelect value={kind} onChange={setKind} testId="new-agency-kind" />
        </label>
      </div>
      <ActionError message={action.error} testId="new-agency-error" />
      <button
        type="submit"
        className="button button--primary"
        disabled={action.pending}
        data-testid="new-agency-submit"
      >
        {action.pending ? t('admin.users.creating') : t('admin.agencies.create')}
      </button>
    </form>
  );
}
