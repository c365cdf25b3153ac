import { describe, expect, it } from 'vitest';
import { isIndicatorYear, parseViNumber } from '../../shared/indicators.js';

describe('parseViNumber: Vietnamese number formats', () => {
  const table: [string, number | null][] = [
    ['8,2', 8.2],
    ['1.624,8', 1624.8],
    ['831.018', 831018],
    ['5.250', 5250],
    ['4,67', 4.67],
    ['-0,5', -0.5],
    ['12', 12],
    ['8.2', 8.2],
    ['1.234.567,25', 1234567.25],
    [' 63,1 ', 63.1],
    ['1,2,3', null],
    ['12.34,5', null],
    ['abc', null],
    ['', null],
    ['8,', null],
    ['1e5', null],
  ];
  for (const [text, expected] of table) {
    it(`"${text}" → ${String(expected)}`, () => expect(parseViNumber(text)).toBe(expected));
  }
});

describe('indicator years', () => {
  it('2010–2030 and the 2050 vision', () => {
    expect([2009, 2010, 2030, 2031, 2049, 2050, 2020.5].map(isIndicatorYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      false,
    ]);
  });
});
