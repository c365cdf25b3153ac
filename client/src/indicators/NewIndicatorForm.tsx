/** The coordinator adds an indicator to the registry: code, names, unit, group, source agency. */
import { useState, type FormEvent } from 'react';
import { INDICATOR_GROUPS, type IndicatorGroup } from '../../../shared/indicators.js';
import { useAction } from '../api/useAction.js';
import { useI18n } from '../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../plan/agencies.js';
import { ActionError } from '../workflow/ActionError.js';
import { indicatorApi } from './api.js';

const EMPTY = { code: '', nameVi: '', nameEn: '', unit: '', group: 'economy' as IndicatorGroup };

export function NewIndicatorForm({
  planId,
  agencies,
  onCreated,
}: {
  planId: string;
  agencies: AgencyDirectory;
  onCreated: () => void;
}) {
  const { t, lang } = useI18n();
  const action = useAction();
  const [form, setForm] = useState({ ...EMPTY, owner: 'CTK' });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await action.run(() => indicatorApi.create(planId, form))) {
      setForm({ ...EMPTY, owner: form.owner });
      onCreated();
    }
  }

  return (
    <details className="ind-new" data-testid="ind-new">
      <summary>{t('ind.manage.add')}</summary>
      <form className="ind-new__form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('ind.manage.code')}
          <input required pattern="[A-Z0-9_]{1,32}" {...field('code')} data-testid="ind-new-code" />
        </label>
        <label>
          {t('ind.manage.nameVi')}
          <input required {...field('nameVi')} data-testid="ind-new-name-vi" />
        </label>
        <label>
          {t('ind.manage.nameEn')}
          <input required {...field('nameEn')} data-testid="ind-new-name-en" />
        </label>
        <label>
          {t('ind.col.unit')}
          <input required {...field('unit')} data-testid="ind-new-unit" />
        </label>
        <label>
          {t('ind.group')}
          <select {...field('group')}>
            {INDICATOR_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`ind.group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ind.owner')}
          <select {...field('owner')}>
            {[...agencies.keys()].map((code) => (
              <option key={code} value={code}>
                {agencyName(agencies, code, lang)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={action.pending}
          data-testid="ind-new-create"
        >
          {t('ind.manage.create')}
        </button>
        <ActionError message={action.error} testId="ind-new-error" />
      </form>
    </details>
  );
}
