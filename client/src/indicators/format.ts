/** A figure as the UI shows it: "8,2%", "1.624,8 tỷ đồng", with the marker of its kind. */
import {
  formatFigure as formatFigureIn,
  PROVISIONAL_KINDS,
  type IndicatorValue,
} from '../../../shared/indicators.js';
import { localeOf } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

export function formatFigure(lang: Lang, value: number, unit: string): string {
  return formatFigureIn(localeOf(lang), value, unit);
}

export const isProvisional = (value: Pick<IndicatorValue, 'kind'>): boolean =>
  PROVISIONAL_KINDS.includes(value.kind);
