/** Create a plan: from the legal outline of a provincial plan, or empty. */
import { useState, type FormEvent } from 'react';
import type { PlanSummary } from '../../../shared/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { PLAN_TEMPLATES, plansApi, type PlanTemplate } from './plansApi.js';

function YearInput({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={2000}
        max={2100}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        data-testid={testId}
      />
    </label>
  );
}

export function NewPlanForm({ onCreated }: { onCreated: (plan: PlanSummary) => void }) {
  const t = useT();
  const action = useAction();
  const [code, setCode] = useState('');
  const [province, setProvince] = useState('');
  const [titleVi, setTitleVi] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [periodStart, setPeriodStart] = useState('2021');
  const [periodEnd, setPeriodEnd] = useState('2030');
  const [vision, setVision] = useState('2050');
  const [template, setTemplate] = useState<PlanTemplate>('provincial-outline');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(async () => {
      const plan = await plansApi.create({
        code,
        province,
        titleVi,
        ...(titleEn.trim() ? { titleEn } : {}),
        periodStart: Number(periodStart),
        periodEnd: Number(periodEnd),
        vision: Number(vision),
        template,
      });
      onCreated(plan);
      setCode('');
      setProvince('');
      setTitleVi('');
      setTitleEn('');
    });
  }

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} data-testid="new-plan-form">
      <h2>{t('admin.plans.create')}</h2>
      <div className="admin-form__fields">
        <label>
          {t('admin.plans.code')}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            spellCheck={false}
            required
            maxLength={40}
            placeholder="QHT-CB-2021-2030"
            data-testid="new-plan-code"
          />
        </label>
        <label>
          {t('admin.plans.province')}
          <input
            value={province}
            onChange={(e) => setProvince(e.target.value)}
            required
            data-testid="new-plan-province"
          />
        </label>
        <label className="admin-form__wide">
          {t('admin.plans.titleVi')}
          <input
            value={titleVi}
            onChange={(e) => setTitleVi(e.target.value)}
            required
            data-testid="new-plan-title-vi"
          />
        </label>
        <label className="admin-form__wide">
          {t('admin.plans.titleEn')}
          <input
            value={titleEn}
            onChange={(e) => setTitleEn(e.target.value)}
            data-testid="new-plan-title-en"
          />
        </label>
        <YearInput
          label={t('admin.plans.periodStart')}
          value={periodStart}
          onChange={setPeriodStart}
          testId="new-plan-start"
        />
        <YearInput
          label={t('admin.plans.periodEnd')}
          value={periodEnd}
          onChange={setPeriodEnd}
          testId="new-plan-end"
        />
        <YearInput
          label={t('admin.plans.vision')}
          value={vision}
          onChange={setVision}
          testId="new-plan-vision"
        />
        <label>
          {t('admin.plans.template')}
          <select
            value={template}
            onChange={(e) =>
              setTemplate(PLAN_TEMPLATES.find((p) => p === e.target.value) ?? 'empty')
            }
            data-testid="new-plan-template"
          >
            {PLAN_TEMPLATES.map((p) => (
              <option key={p} value={p}>
                {t(`admin.plans.template.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="field-hint">{t('admin.plans.templateHint')}</p>
      <ActionError message={action.error} testId="new-plan-error" />
      <button
        type="submit"
        className="button button--primary"
        disabled={action.pending}
        data-testid="new-plan-submit"
      >
        {action.pending ? t('admin.users.creating') : t('admin.plans.create')}
      </button>
    </form>
  );
}
