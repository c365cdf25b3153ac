/**
 * What a reference to the registry shows: the live value, or — once its section was approved or
 * locked — the value frozen at that moment, flagged when the registry has moved since. One rule
 * for the editor, the reader and the Word export.
 */
import { valueOf, type Indicator, type IndicatorKind } from './indicators.js';

/** A value as it stood when the section citing it was approved or locked. */
export interface FrozenFigure {
  indicatorId: string;
  year: number;
  kind: IndicatorKind;
  value: number;
  unit: string;
  frozenAt: string;
}

/** The frozen figures of one section, by reference key. */
export type SectionFreeze = Record<string, FrozenFigure>;

/** One key per indicator and year: a section citing the same figure twice freezes it once. */
export const referenceKey = (indicatorId: string, year: number): string => `${indicatorId}@${year}`;

export type ShownState =
  /** The registry's current value. */
  | 'live'
  /** The frozen value, which is still the registry's. */
  | 'frozen'
  /** The frozen value; the registry has moved since (the flag). */
  | 'moved'
  /** No such indicator, or no value for that year. */
  | 'missing';

export interface ShownFigure {
  state: ShownState;
  value: number | null;
  kind: IndicatorKind | null;
  unit: string;
  /** The registry's value now, when it differs from the frozen one. */
  current: { value: number; kind: IndicatorKind } | null;
  retired: boolean;
}

export function shownFigure(
  indicator: Indicator | undefined,
  year: number,
  frozen: FrozenFigure | undefined,
): ShownFigure {
  const live = indicator ? valueOf(indicator, year) : null;
  const retired = indicator?.retired ?? false;
  if (frozen) {
    const moved = !live || live.value !== frozen.value || live.kind !== frozen.kind || !indicator;
    return {
      state: moved ? 'moved' : 'frozen',
      value: frozen.value,
      kind: frozen.kind,
      unit: frozen.unit,
      current: moved && live ? { value: live.value, kind: live.kind } : null,
      retired,
    };
  }
  if (!indicator || !live) {
    return {
      state: 'missing',
      value: null,
      kind: null,
      unit: indicator?.unit ?? '',
      current: null,
      retired,
    };
  }
  return {
    state: 'live',
    value: live.value,
    kind: live.kind,
    unit: indicator.unit,
    current: null,
    retired,
  };
}
