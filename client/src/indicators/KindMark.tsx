/** The discreet mark of a figure that may still move: "ư" (ước) or "sb" (sơ bộ). */
import type { IndicatorKind } from '../../../shared/indicators.js';
import { useT } from '../i18n/context.js';

export function KindMark({ kind }: { kind: IndicatorKind }) {
  const t = useT();
  return (
    <sup className="ind-kind-mark" title={t(`ind.kind.${kind}`)}>
      {t(`ind.mark.${kind}`)}
    </sup>
  );
}
