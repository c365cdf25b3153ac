/** Search folding, queries and snippets (shared/search/fold.ts, server/search/snippet.ts). */
import { describe, expect, it } from 'vitest';
import { fold, parseQuery } from '../../shared/search/fold.js';
import { snippet } from '../../server/search/snippet.js';

describe('search folding', () => {
  it('folds Vietnamese to lower case without diacritics, one character for one', () => {
    const text = 'Cửa khẩu ĐỒNG ĐĂNG, Quy hoạch tỉnh Lạng Sơn';
    expect(fold(text)).toBe('cua khau dong dang, quy hoach tinh lang son');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('reads words and quoted phrases', () => {
    expect(parseQuery('Quy hoạch "Đồng Đăng" 2030').phrases).toEqual([
      ['dong', 'dang'],
      ['quy'],
      ['hoach'],
      ['2030'],
    ]);
    expect(parseQuery(' "" … – ').phrases).toEqual([]);
  });

  it('cuts the passage around the first whole-word match from the original', () => {
    const long = `${'Mở đầu dài dòng. '.repeat(20)}Ga Đồng Đăng là đầu mối. ${'Kết thúc. '.repeat(30)}`;
    const passage = snippet(long, parseQuery('dong dang'));
    expect(passage).toContain('Ga Đồng Đăng là đầu mối.');
    expect(passage.startsWith('…')).toBe(true);
    expect(passage.endsWith('…')).toBe(true);
    expect(passage.length).toBeLessThan(260);
  });
});
