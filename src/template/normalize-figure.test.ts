import { describe, expect, it } from 'vitest';
import { normalizeFigure } from './normalize-figure';
import { parseValue } from './parse-value';

describe('normalizeFigure', () => {
  it.each([
    ['１２', '12'],
    ['０', '0'],
    ['１２．５', '12.5'],
    ['12。5', '12.5'],
    ['－３', '-3'],
    ['−3', '-3'],
    ['＋3', '3'],
    ['+3', '3'],
    [' 7 ', '7'],
    ['1 234', '1234'],
    ['0\u3000', '0'],
    ['\u00A05\u200B', '5'],
    ['\uFEFF9', '9'],
    ['1,234', '1234'],
    ['1，234，567', '1234567'],
    ['1,234.5', '1234.5'],
    ['251,000元', '251000元'],
    ['00', '0'],
    ['007', '7'],
    ['-0', '0'],
    ['+0', '0'],
    ['-007', '-7'],
    ['0.5', '0.5'],
    ['4 万元', '4万元'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normalizeFigure(raw)).toBe(expected);
  });

  it('leaves separators that are not thousands groups, so parseValue can report them', () => {
    expect(normalizeFigure('1,23')).toBe('1,23');
    expect(normalizeFigure('12,3456')).toBe('12,3456');
  });

  it.each(['无', '—', '/', '', 'abc', '1e12'])('never guesses at a non-figure: %j stays as typed', (raw) => {
    expect(normalizeFigure(raw)).toBe(raw);
  });

  it('produces what parseValue accepts for the usual pastes from Word, WPS and Excel', () => {
    for (const raw of ['１２', ' 3\u3000', '1,000', '00', '０']) {
      expect(parseValue('count', normalizeFigure(raw)).status).toBe('ok');
    }
    expect(parseValue('signed-count', normalizeFigure('－２'))).toEqual({ status: 'ok', value: -2 });
    expect(parseValue('money-wan', normalizeFigure('０．５'))).toEqual({ status: 'ok', value: 0.5 });
  });
});
