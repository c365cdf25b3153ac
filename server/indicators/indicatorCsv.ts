/**
 * The registry as an Excel-friendly CSV (semicolon-separated, decimal comma, as Excel writes it
 * in a Vietnamese locale) and back: an import is checked row by row against the policy and the
 * indicator, and what may be applied is applied as one change.
 */
import {
  INDICATOR_KINDS,
  isIndicatorKind,
  parseViNumber,
  valueOf,
  type Indicator,
  type IndicatorKind,
} from '../../shared/indicators.js';
import type { Actor } from '../../shared/model.js';
import { can } from '../../shared/policy.js';
import type { ValueWrite } from '../store/indicators.js';
import { valueProblem } from './valueRules.js';

export const CSV_HEADER = ['code', 'name', 'unit', 'owner', 'year', 'kind', 'value', 'note'];

const KIND_LABELS: Record<IndicatorKind, string> = {
  actual: 'thực hiện',
  estimate: 'ước',
  preliminary: 'sơ bộ',
  official: 'chính thức',
  target: 'mục tiêu',
};

const decimalComma = (value: number): string => String(value).replace('.', ',');

/** The rows of the CSV, one per value (the HTTP layer writes them with `;`). */
export function registryCsvRows(indicators: readonly Indicator[]): (string | number)[][] {
  const rows = indicators.flatMap((i) =>
    i.values.map((v) => [
      i.code,
      i.nameVi,
      i.unit,
      i.owner,
      v.year,
      KIND_LABELS[v.kind],
      decimalComma(v.value),
      v.note,
    ]),
  );
  return rows;
}

/** RFC 4180 cells (quotes, doubled quotes), separated by `;` or `,` as the header line is. */
export function parseCsvText(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

function readKind(text: string): IndicatorKind | null {
  const t = text.trim().toLowerCase();
  if (isIndicatorKind(t)) return t;
  return INDICATOR_KINDS.find((k) => KIND_LABELS[k] === t) ?? null;
}

export interface ImportChange {
  line: number;
  code: string;
  year: number;
  from: { kind: IndicatorKind; value: number } | null;
  to: { kind: IndicatorKind; value: number };
}

export interface ImportPlan {
  changes: ImportChange[];
  refused: { line: number; code: string; reason: string }[];
  /** Rows equal to the registry already. */
  unchanged: number;
  writes: ValueWrite[];
}

/** Checks every row; nothing is written here. */
export function planImport(
  actor: Actor,
  indicators: readonly Indicator[],
  text: string,
): ImportPlan {
  const rows = parseCsvText(text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const plan: ImportPlan = { changes: [], refused: [], unchanged: 0, writes: [] };
  const missing = ['code', 'year', 'kind', 'value'].filter((c) => col(c) < 0);
  if (missing.length > 0) {
    plan.refused.push({ line: 1, code: '', reason: `Missing column(s): ${missing.join(', ')}.` });
    return plan;
  }
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const cellAt = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    const code = cellAt('code');
    const refuse = (reason: string) => plan.refused.push({ line, code, reason });
    const indicator = byCode.get(code);
    if (!indicator) return refuse(`Unknown indicator ${code}.`);
    if (indicator.retired) return refuse(`${code} is retired.`);
    if (!can(actor, 'editIndicatorValues', indicator)) {
      return refuse(`${code} belongs to ${indicator.owner}; your agency may not change it.`);
    }
    const year = Number(cellAt('year'));
    const kind = readKind(cellAt('kind'));
    if (!kind) return refuse(`Unknown kind "${cellAt('kind')}".`);
    const value = parseViNumber(cellAt('value'));
    if (value === null) return refuse(`"${cellAt('value')}" is not a number.`);
    const unit = col('unit') >= 0 ? cellAt('unit') : undefined;
    const problem = valueProblem(indicator, year, { kind, value, note: '', unit });
    if (problem) return refuse(problem);
    const note = cellAt('note');
    const before = valueOf(indicator, year);
    if (before && before.kind === kind && before.value === value && before.note === note) {
      plan.unchanged += 1;
      return;
    }
    plan.changes.push({
      line,
      code,
      year,
      from: before ? { kind: before.kind, value: before.value } : null,
      to: { kind, value },
    });
    plan.writes.push({ indicatorId: indicator.id, year, kind, value, note });
  });
  return plan;
}
