/** One plan: titles and province edited in place; archived and restored. */
import { useState } from 'react';
import type { PlanSummary } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { Link } from '../router/Link.js';
import { paths } from '../router/routes.js';
import { plansApi, type PlanPatch } from './plansApi.js';
import { RowActions } from './RowActions.js';

export function PlanRow({
  plan,
  onChanged,
}: {
  plan: PlanSummary;
  onChanged: (plan: PlanSummary) => void;
}) {
  const t = useT();
  const action = useAction();
  const [titleVi, setTitleVi] = useState(plan.titleVi);
  const [titleEn, setTitleEn] = useState(plan.titleEn);
  const [province, setProvince] = useState(plan.province);
  const edited = titleVi !== plan.titleVi || titleEn !== plan.titleEn || province !== plan.province;
  const patch = (change: PlanPatch) =>
    action.run(async () => onChanged(await plansApi.update(plan.id, change)));

  return (
    <tr data-testid={`plan-row-${plan.id}`} className={plan.archived ? 'is-disabled' : ''}>
      <td>
        <Link to={paths.plan(plan.id)}>
          <code>{plan.code}</code>
        </Link>
        <div className="muted">
          {t('plans.period', { start: plan.periodStart, end: plan.periodEnd, vision: plan.vision })}
        </div>
      </td>
      <td>
        <input
          aria-label={t('admin.plans.titleVi')}
          value={titleVi}
          onChange={(e) => setTitleVi(e.target.value)}
          data-testid="plan-title-vi"
        />
        <input
          aria-label={t('admin.plans.titleEn')}
          value={titleEn}
          onChange={(e) => setTitleEn(e.target.value)}
          data-testid="plan-title-en"
        />
      </td>
      <td>
        <input
          aria-label={t('admin.plans.province')}
          value={province}
          onChange={(e) => setProvince(e.target.value)}
          data-testid="plan-province"
        />
      </td>
      <td data-testid="plan-state">
        {plan.archived ? t('admin.plans.archived') : t('admin.plans.open')}
      </td>
      <RowActions
        testPrefix="plan"
        edited={edited}
        pending={action.pending}
        error={action.error}
        onSave={() => void patch({ titleVi, titleEn, province })}
        toggle={{
          label: plan.archived ? t('admin.plans.restore') : t('admin.plans.archive'),
          switchesOff: !plan.archived,
          onClick: () => void patch({ archived: !plan.archived }),
        }}
      />
    </tr>
  );
}
