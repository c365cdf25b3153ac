/**
 * The consistency rule on a table of sentences: a number with an indicator's unit, in a sentence
 * naming the indicator, is a typed copy; it matches the registry or differs from it.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf, typedFigures } from '../../shared/consistency.js';
import type { Indicator } from '../../shared/indicators.js';

const value = (year: number, v: number) => ({
  year,
  kind: 'estimate' as const,
  value: v,
  note: '',
  updatedAt: '',
  updatedBy: '',
});
const indicator = (code: string, nameVi: string, unit: string, values: [number, number][]) =>
  ({
    id: `P.${code}`,
    planId: 'P',
    code,
    nameVi,
    nameEn: '',
    unit,
    group: 'economy',
    owner: 'CTK',
    retired: false,
    values: values.map(([y, v]) => value(y, v)),
  }) satisfies Indicator;

const REGISTRY = [
  indicator('GRDP_TT', 'Tốc độ tăng trưởng GRDP (giá so sánh 2010)', '%/năm', [
    [2019, 6],
    [2020, 2.4],
  ]),
  indicator('GRDP_HH', 'Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành', 'tỷ đồng', [
    [2020, 35981.2],
  ]),
  indicator('CHE_PHU_RUNG', 'Tỷ lệ che phủ rừng', '%', [[2020, 63.1]]),
];

const TABLE: [string, [string, string, 'matches' | 'differs'][]][] = [
  ['Tốc độ tăng trưởng GRDP năm 2020 ước đạt 2,4%.', [['GRDP_TT', '2,4%', 'matches']]],
  ['Tốc độ tăng trưởng GRDP năm 2020 đạt 2,9%/năm.', [['GRDP_TT', '2,9%/năm', 'differs']]],
  // without diacritics, and with the code
  ['toc do tang truong GRDP dat 6% nam 2019', [['GRDP_TT', '6%', 'matches']]],
  ['Tỷ lệ che phủ rừng đạt 63,1 %, tăng mạnh.', [['CHE_PHU_RUNG', '63,1 %', 'matches']]],
  // the year is no figure: it has no unit
  ['Tỷ lệ che phủ rừng năm 2020 được giữ vững.', []],
  // a number with the unit but no indicator named in the sentence
  ['Tăng 5% so với năm trước.', []],
  // another sentence names the indicator: the rule stays inside the sentence
  ['Tỷ lệ che phủ rừng tăng. Ngân sách tăng 12%.', []],
  ['GRDP theo giá hiện hành đạt 35.981,2 tỷ đồng; tăng trưởng thấp.', []],
  [
    'Tổng sản phẩm trên địa bàn theo giá hiện hành đạt 35.981,2 tỷ đồng.',
    [['GRDP_HH', '35.981,2 tỷ', 'matches']],
  ],
  [
    'Tổng sản phẩm trên địa bàn theo giá hiện hành đạt 36.000 tỷ đồng.',
    [['GRDP_HH', '36.000 tỷ', 'differs']],
  ],
];

describe('hand-typed figures', () => {
  it.each(TABLE)('%s', (sentence, expected) => {
    const found = typedFigures(sentence, REGISTRY).map((f) => [
      f.indicatorId.slice(2),
      f.typed,
      f.verdict,
    ]);
    expect(found).toEqual(expected);
  });

  it('splits sentences at their end, not inside a number', () => {
    expect(sentencesOf('Đạt 1.624,8 tỷ đồng. Tăng 8,2%! Xong')).toEqual([
      'Đạt 1.624,8 tỷ đồng.',
      'Tăng 8,2%!',
      'Xong',
    ]);
  });
});
