import { describe, expect, it } from 'vitest';
import { countChars } from './count-chars';

describe('countChars', () => {
  it.each([
    ['', 0],
    ['本年度公开信息70条。', 11],
    ['本年度 公开\n信息\t70条', 10],
    ['全角空格　不算', 6],
    ['表情😀算一个字', 7],
    ['𠀀𠀁', 2],
  ])('counts %j as %i', (text, n) => {
    expect(countChars(text)).toBe(n);
  });

  it('agrees with counting code points outside \\s, on every kind of space and a lone surrogate', () => {
    const text = ' \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\t\n\v\f\r字\ud800a\udc00b😀';
    expect(countChars(text)).toBe([...text.replace(/\s/g, '')].length);
  });
});
