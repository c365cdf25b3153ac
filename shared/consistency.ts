/**
 * The consistency rule for figures typed by hand (issue 13, point 5), simple enough to explain:
 * a number written with an indicator's unit ("2,4%", "1.624,8 tỷ đồng"), in a sentence that names
 * the indicator (its Vietnamese name without the bracketed part, or its code), is a typed copy of
 * that indicator. It "matches" when it equals one of the registry's values, else it "differs".
 */
import { parseViNumber, type Indicator } from './indicators.js';

export interface TypedFigure {
  indicatorId: string;
  sentence: string;
  /** The number and unit as typed. */
  typed: string;
  value: number;
  verdict: 'matches' | 'differs';
  /** Years whose registry value equals the typed one. */
  years: number[];
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** What names an indicator in a sentence: its name without "(giá so sánh 2010)", and its code. */
export function indicatorNames(indicator: Pick<Indicator, 'nameVi' | 'code'>): string[] {
  const name = fold(
    indicator.nameVi
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return [name, fold(indicator.code)].filter((n) => n.length >= 3);
}

/** The first word of a unit: "%/năm" → "%", "tỷ đồng" → "tỷ". */
const unitHead = (unit: string): string => fold(unit.split(/[\s/]/)[0] ?? '');

/** Sentences end at . ! ? followed by a space (a dot inside "1.624,8" does not end one). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NUMBER = /(?<![\p{L}\d.,])-?\d+(?:[.,]\d+)*/gu;

/** Equal as typed: 2,4 equals 2.4 and 2.40; a typed 2 does not equal 2.4. */
const sameFigure = (typed: number, value: number): boolean => Math.abs(typed - value) < 1e-9;

export function typedFigures(text: string, indicators: readonly Indicator[]): TypedFigure[] {
  const found: TypedFigure[] = [];
  for (const sentence of sentencesOf(text)) {
    const folded = fold(sentence);
    const named = indicators.filter((i) => indicatorNames(i).some((n) => folded.includes(n)));
    if (named.length === 0) continue;
    for (const match of sentence.matchAll(NUMBER)) {
      // A sentence-final dot is not part of the number.
      const raw = match[0].replace(/[.,]$/, '');
      const value = parseViNumber(raw);
      if (value === null) continue;
      const rest = sentence.slice((match.index ?? 0) + raw.length);
      const after = fold(rest.trimStart());
      for (const indicator of named) {
        const head = unitHead(indicator.unit);
        if (!head || !after.startsWith(head)) continue;
        const years = indicator.values.filter((v) => sameFigure(value, v.value)).map((v) => v.year);
        found.push({
          indicatorId: indicator.id,
          sentence,
          typed: `${raw}${/^\s*[^\s.,;:!?]+/u.exec(rest)?.[0] ?? ''}`,
          value,
          verdict: years.length > 0 ? 'matches' : 'differs',
          years,
        });
      }
    }
  }
  return found;
}
