/** One agency: names and kind edited in place; retired and brought back. */
import { useState } from 'react';
import type { AgencyKind, ManagedAgency } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { agenciesApi, type AgencyPatch } from './agenciesApi.js';
import { AgencyKindSelect } from './AgencyKindSelect.js';

export function AgencyRow({
  agency,
  onChanged,
}: {
  agency: ManagedAgency;
  onChanged: (agency: ManagedAgency) => void;
}) {
  const t = useT();
  const action = useAction();
  const [nameVi, setNameVi] = useState(agency.nameVi);
  const [nameEn, setNameEn] = useState(agency.nameEn);
  const [kind, setKind] = useState<AgencyKind>(agency.kind);
  const edited = nameVi !== agency.nameVi || nameEn !== agency.nameEn || kind !== agency.kind;
  const patch = (change: AgencyPatch) =>
    action.run(async () => onChanged(await agenciesApi.update(agency.code, change)));

  return (
    <tr data-testid={`agency-row-${agency.code}`} className={agency.active ? '' : 'is-disabled'}>
      <td>
        <code>{agency.code}</code>
      </td>
      <td>
        <input
          aria-label={t('admin.agencies.nameVi')}
          value={nameVi}
          onChange={(e) => setNameVi(e.target.value)}
          data-testid="agency-name-vi"
        />
      </td>
      <td>
        <input
          aria-label={t('admin.agencies.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.target.value)}
          data-testid="agency-name-en"
        />
      </td>
      <td>
        <AgencyKindSelect
          value={kind}
          onChange={setKind}
          label={t('admin.agencies.kind')}
          testId="agency-kind"
        />
      </td>
      <td data-testid="agency-state">
        {agency.active ? t('admin.agencies.active') : t('admin.agencies.inactive')}
      </td>
      <td>
        <div className="admin-table__actions">
          <button
            type="button"
            className="button"
            disabled={!edited || action.pending}
            onClick={() => void patch({ nameVi, nameEn, kind })}
            data-testid="agency-save"
          >
            {t('admin.users.save')}
          </button>
          <button
            type="button"
            className={agency.active ? 'button button--danger' : 'button'}
            disabled={action.pending}
            onClick={() => void patch({ active: !agency.active })}
            data-testid="agency-toggle"
          >
            {agency.active ? t('admin.agencies.deactivate') : t('admin.agencies.reactivate')}
          </button>
        </div>
        <ActionError message={action.error} testId="agency-error" />
      </td>
    </tr>
  );
}
