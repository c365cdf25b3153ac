/** One agency: names and kind edited in place; retired and brought back. */
import { useState } from 'react';
import type { AgencyKind, ManagedAgency } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { agenciesApi, type AgencyPatch } from './agenciesApi.js';
import { AgencyKindSelect } from './AgencyKindSelect.js';
import { RowActions } from './RowActions.js';

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
      <RowActions
        testPrefix="agency"
        edited={edited}
        pending={action.pending}
        error={action.error}
        onSave={() => void patch({ nameVi, nameEn, kind })}
        toggle={{
          label: agency.active ? t('admin.agencies.deactivate') : t('admin.agencies.reactivate'),
          switchesOff: agency.active,
          onClick: () => void patch({ active: !agency.active }),
        }}
      />
    </tr>
  );
}
