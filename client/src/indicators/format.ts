/** A figure as the text shows it: "8,2%", "1.624,8 tỷ đồng", with the marker of its kind. */
import { PROVISIONAL_KINDS, type IndicatorValue } from '../../../shared/indicators.js';
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

/** Units written straight after the number, as Vietnamese do with per cent. */
const TIGHT_UNITS = new Set(['%']);

export function formatFigure(lang: Lang, value: number, unit: string): string {
  const number = formatNumber(lang, value, { maximumFractionDigits: 2 });
  if (TIGHT_UNITS.has(unit)) return `${number}${unit}`;
  // "%/năm" reads "8,2%/năm".
  if (unit.startsWith('%')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

export const isProvisional = (value: Pick<IndicatorValue, 'kind'>): boolean =>
  PROVISIONAL_KINDS.includes(value.kind);
