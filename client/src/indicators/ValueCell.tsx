/** One figure of the registry table; for the owning agency's staff, editable in place. */
import { useState, type FormEvent } from 'react';
import {
  INDICATOR_KINDS,
  isIndicatorKind,
  parseViNumber,
  type Indicator,
  type IndicatorKind,
  type IndicatorValue,
} from '../../../shared/indicators.js';
import { errorMessage } from '../api/errorMessage.js';
import { useI18n } from '../i18n/context.js';
import { indicatorApi } from './api.js';
import { formatFigure, isProvisional } from './format.js';
import { KindMark } from './KindMark.js';

interface Props {
  indicator: Indicator;
  year: number;
  value: IndicatorValue | null;
  editable: boolean;
  onSaved: () => void;
}

function Editor({ indicator, year, value, onSaved, onClose }: Props & { onClose: () => void }) {
  const { t, lang, number } = useI18n();
  const [text, setText] = useState(
    value ? number(value.value, { useGrouping: false, maximumFractionDigits: 6 }) : '',
  );
  const [kind, setKind] = useState<IndicatorKind>(
    value?.kind ?? (year > 2020 ? 'target' : 'estimate'),
  );
  const [note, setNote] = useState(value?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseViNumber(lang === 'en' ? text.replace(/,/g, '') : text);
    if (parsed === null) {
      setError(t('ind.edit.notNumber'));
      return;
    }
    setPending(true);
    indicatorApi.setValue(indicator.id, year, { kind, value: parsed, note }).then(
      () => {
        onSaved();
        onClose();
      },
      (caught: unknown) => {
        setPending(false);
        setError(errorMessage(t, caught));
      },
    );
  };

  return (
    <form className="ind-edit" onSubmit={submit} data-testid={`ind-edit-${indicator.code}-${year}`}>
      <label>
        <span className="visually-hidden">{t('ind.edit.value', { year: String(year) })}</span>
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          inputMode="decimal"
          autoFocus
          size={8}
          data-testid="ind-edit-value"
        />
      </label>
      <label>
        <span className="visually-hidden">{t('ind.edit.kind')}</span>
        <select
          value={kind}
          onChange={(e) => isIndicatorKind(e.target.value) && setKind(e.target.value)}
          data-testid="ind-edit-kind"
        >
          {INDICATOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ind.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('ind.edit.note')}</span>
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('ind.edit.note')}
          size={12}
        />
      </label>
      <button type="submit" disabled={pending} data-testid="ind-edit-save">
        {t('ind.edit.save')}
      </button>
      <button type="button" onClick={onClose}>
        {t('ind.edit.cancel')}
      </button>
      {error && (
        <p role="alert" className="ind-edit__error">
          {error}
        </p>
      )}
    </form>
  );
}

export function ValueCell(props: Props) {
  const { lang, t } = useI18n();
  const [editing, setEditing] = useState(false);
  const { indicator, year, value, editable } = props;
  if (editing) return <Editor {...props} onClose={() => setEditing(false)} />;
  const shown = value ? formatFigure(lang, value.value, '') : '—';
  const label = value
    ? `${formatFigure(lang, value.value, indicator.unit)}, ${t(`ind.kind.${value.kind}`)}`
    : t('ind.noValue');
  const content = (
    <>
      {shown.trim()}
      {value && isProvisional(value) && <KindMark kind={value.kind} />}
    </>
  );
  if (!editable) {
    return (
      <span title={label} className={value?.kind === 'target' ? 'ind-value--target' : undefined}>
        {content}
      </span>
    );
  }
  return (
    <button
      type="button"
      className={`ind-value-button${value?.kind === 'target' ? ' ind-value--target' : ''}`}
      title={`${label} — ${t('ind.edit.hint')}`}
      aria-label={`${indicator.code} ${year}: ${label}. ${t('ind.edit.hint')}`}
      onClick={() => setEditing(true)}
      data-testid={`ind-cell-${indicator.code}-${year}`}
    >
      {content}
    </button>
  );
}
