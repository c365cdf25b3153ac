/** The kinds of agency, named in the interface language. */
import type { AgencyKind } from '../../../shared/model.js';
import { useT } from '../i18n/context.js';

const KINDS: readonly AgencyKind[] = [
  'department',
  'district',
  'consultant',
  'coordinator',
  'other',
];

export function AgencyKindSelect({
  value,
  onChange,
  label,
  testId,
}: {
  value: AgencyKind;
  onChange: (kind: AgencyKind) => void;
  /** For a select without a visible label (in a table row). */
  label?: string;
  testId: string;
}) {
  const t = useT();
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(KINDS.find((k) => k === e.target.value) ?? 'other')}
      data-testid={testId}
    >
      {KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`admin.agencies.kind.${kind}`)}
        </option>
      ))}
    </select>
  );
}
