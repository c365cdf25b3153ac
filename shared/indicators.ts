/**
 * The shared indicator registry (chỉ tiêu, số liệu): one set of figures per plan, each owned by
 * the agency that is its source. Plain data and pure rules shared by client and server.
 */
import type { AgencyCode } from './model.js';

/** Reliability of a figure: thực hiện, ước, sơ bộ, chính thức, mục tiêu. */
export const INDICATOR_KINDS = ['actual', 'estimate', 'preliminary', 'official', 'target'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Kinds a reader must be warned about: the figure may still move. */
export const PROVISIONAL_KINDS: readonly IndicatorKind[] = ['estimate', 'preliminary'];

/** The baseline period starts in 2010, the plan ends in 2030, the vision looks to 2050. */
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2030;
export const VISION_YEAR = 2050;

export function isIndicatorYear(year: number): boolean {
  return (
    Number.isInteger(year) && ((year >= FIRST_YEAR && year <= LAST_YEAR) || year === VISION_YEAR)
  );
}

export function isIndicatorKind(value: string): value is IndicatorKind {
  return (INDICATOR_KINDS as readonly string[]).includes(value);
}

/** The groups the registry page filters by. */
export const INDICATOR_GROUPS = [
  'economy',
  'population',
  'society',
  'budget',
  'environment',
  'land',
] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

export interface IndicatorValue {
  year: number;
  kind: IndicatorKind;
  value: number;
  note: string;
  updatedAt: string;
  /** The display name of who set it. */
  updatedBy: string;
}

export interface Indicator {
  id: string;
  planId: string;
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  group: IndicatorGroup;
  /** The source agency: its staff edit the values. */
  owner: AgencyCode;
  retired: boolean;
  /** Ordered by year. */
  values: IndicatorValue[];
}

/** What the policy needs to know about an indicator. */
export interface IndicatorFacts {
  owner: AgencyCode;
}

export type IndicatorChangeKind = 'value' | 'create' | 'retire' | 'restore' | 'owner';

/** One entry of an indicator's history: who, when, from → to, note. */
export interface IndicatorChange {
  id: number;
  indicatorId: string;
  change: IndicatorChangeKind;
  /** The year of a value change; null for changes of the indicator itself. */
  year: number | null;
  from: string | null;
  to: string | null;
  note: string;
  at: string;
  actorId: string;
  actorName: string;
  agency: string;
}

/** A value as the history states it: "8.2 (estimate)". */
export function describeValue(value: Pick<IndicatorValue, 'kind' | 'value'> | null): string | null {
  return value ? `${value.value} (${value.kind})` : null;
}

export function valueOf(indicator: Indicator, year: number): IndicatorValue | null {
  return indicator.values.find((v) => v.year === year) ?? null;
}

/** Units written straight after the number, as Vietnamese do with per cent ("8,2%", "8,2%/năm"). */
const isTightUnit = (unit: string): boolean => unit.startsWith('%');

/**
 * A figure as text shows it: "8,2%", "1.624,8 tỷ đồng" (locale vi-VN), "1,624.8 tỷ đồng" (en-GB).
 * Up to two decimals, as the registry states them.
 */
export function formatFigure(locale: string, value: number, unit: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (!unit) return number;
  return isTightUnit(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** The language the text of a plan is written in: references in it show figures this way. */
export const TEXT_LOCALE = 'vi-VN';

/** Stable ids, so a reference in a document survives a reseed: `<planId>.<code>`. */
export function indicatorId(planId: string, code: string): string {
  return `${planId}.${code}`;
}

/**
 * Reads a number as Vietnamese write it: decimal comma, thousands dot ("1.624,8", "8,2").
 * A dot alone is a thousands dot only when every group after it has three digits ("831.018");
 * otherwise it is read as a decimal point ("8.2"), as a figure pasted from English would be.
 * Returns null for anything else.
 */
export function parseViNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/\s/g, '')
    .replace(/^\u2212/, '-');
  if (!/^-?[0-9][0-9.,]*$/.test(t)) return null;
  let normalized: string;
  if (t.includes(',')) {
    const [whole = '', fraction, extra] = t.split(',');
    if (
      extra !== undefined ||
      fraction === undefined ||
      fraction === '' ||
      fraction.includes('.')
    ) {
      return null;
    }
    if (whole.includes('.') && !/^-?\d{1,3}(\.\d{3})+$/.test(whole)) return null;
    normalized = `${whole.replace(/\./g, '')}.${fraction}`;
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) {
    normalized = t.replace(/\./g, '');
  } else if (/^-?\d+(\.\d+)?$/.test(t)) {
    normalized = t;
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
