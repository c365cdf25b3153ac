import { isIndicatorYear, type Indicator, type IndicatorKind } from '../../shared/indicators.js';

/*
 * The checks a value passes before it reaches the registry, shared by a single edit and a CSV
 * import (which is built on the commands, so the rules cannot live with them).
 */

export interface ValueInput {
  kind: IndicatorKind;
  value: number;
  note: string;
  /** When given, must be the indicator's unit: a figure typed in another unit is refused. */
  unit?: string | undefined;
}

/** Checks one value against its indicator; the message names what is wrong. */
export function valueProblem(indicator: Indicator, year: number, input: ValueInput): string | null {
  if (!isIndicatorYear(year)) return `Year ${year} is outside 2010–2030 and 2050.`;
  if (!Number.isFinite(input.value)) return 'The value must be a finite number.';
  if (input.unit !== undefined && input.unit.trim() !== indicator.unit) {
    return `${indicator.code} is measured in "${indicator.unit}", not "${input.unit}".`;
  }
  return null;
}
