// Hostile figures: what clerks paste from Word, WPS, Excel and Chinese input methods.
// Each case ends either in a clean number or in a message that quotes what was typed, so nothing
// typed is lost and the clerk sees why it was refused.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeFigure } from './normalize-figure';
import { parseValue } from './parse-value';
import type { ValueKind } from './spec-types';

const KINDS: readonly ValueKind[] = ['count', 'signed-count', 'money-wan', 'amount-with-unit'];

/** What the editor does with a typed figure: normalize, store, parse. */
const read = (kind: ValueKind, raw: string) => parseValue(kind, normalizeFigure(raw));

describe('figures that are numbers after all', () => {
  it.each([
    ['１２３', 123],
    ['１，２３４', 1234],
    ['1,234', 1234],
    ['1，234', 1234],
    ['123,456', 123456],
    [' 42 ', 42],
    ['\u3000４２\u3000', 42],
    ['4\u00A02', 42],
    ['+7', 7],
    ['＋7', 7],
    ['007', 7],
    ['0', 0],
    ['-0', 0],
    ['\u200B12\u200F', 12],
    ['\uFEFF5', 5],
    ['\u202B9\u202C', null], // RTL embedding marks are not stripped: refused with a message
  ])('count %j → %s', (raw, expected) => {
    const parsed = read('count', raw);
    if (expected === null) {
      expect(parsed.status).toBe('invalid');
    } else {
      expect(parsed).toEqual({ status: 'ok', value: expected });
    }
  });

  it('signed counts accept every minus sign a keyboard or Word produces', () => {
    for (const raw of ['-3', '－3', '−3', '﹣3', '－３']) {
      expect(read('signed-count', raw)).toEqual({ status: 'ok', value: -3 });
    }
  });

  it('money in 万元 takes full-width points and thousands separators', () => {
    expect(read('money-wan', '１．５')).toEqual({ status: 'ok', value: 1.5 });
    expect(read('money-wan', '1,234.5')).toEqual({ status: 'ok', value: 1234.5 });
    expect(read('money-wan', '0。25')).toEqual({ status: 'ok', value: 0.25 });
  });
});

describe('figures that are refused, with the typed text quoted', () => {
  const refused: ReadonlyArray<readonly [ValueKind, string, RegExp]> = [
    ['count', '1.5', /整数/],
    ['count', '3.0', /整数/],
    ['count', '１．５', /整数/],
    ['count', '-2', /负/],
    ['count', '－2', /负/],
    ['count', '1e12', /整数|数字/],
    ['count', '1E3', /整数|数字/],
    ['count', '9999999', /过大/],
    ['count', '12345678901234567890', /过大/],
    ['count', '—', /不是数字/],
    ['count', '——', /不是数字/],
    ['count', '-', /不是数字/],
    ['count', '/', /不是数字/],
    ['count', '无', /不是数字/],
    ['count', 'N/A', /不是数字/],
    ['count', '12,34', /整数|数字/],
    ['count', '0x10', /整数|数字/],
    ['count', 'Infinity', /整数|数字/],
    ['count', 'NaN', /整数|数字/],
    ['count', '١٢', /整数|数字/], // Arabic-Indic digits are not figures of a Chinese report
    ['count', '三', /整数|数字/],
    ['count', '5件', /整数|数字/],
    ['count', '<script>alert(1)</script>', /整数|数字/],
    ['count', '😀', /整数|数字/],
    ['money-wan', '-1', /负/],
    ['money-wan', '1.23456', /4 位小数/],
    ['money-wan', '4万元', /单位/],
    ['money-wan', '1e3', /金额/],
    ['amount-with-unit', '4', /缺少单位/],
    ['amount-with-unit', '四万元', /金额/],
  ];
  it.each(refused)('%s %j', (kind, raw, why) => {
    const parsed = read(kind, raw);
    expect(parsed.status).toBe('invalid');
    if (parsed.status !== 'invalid') return;
    expect(parsed.message).toMatch(why);
    // The message quotes the stored text, so the clerk sees exactly what was kept.
    expect(parsed.message).toContain(`“${normalizeFigure(raw)}”`);
  });

  it('keeps 无 and / as typed: normalizing never guesses a 0 for words', () => {
    for (const raw of ['无', '/', '—', ' 无 ']) expect(normalizeFigure(raw)).toBe(raw.trim());
  });
});

describe('any text at all', () => {
  test.prop([fc.string({ maxLength: 60 }), fc.constantFrom(...KINDS)])(
    'never throws, and yields empty, a finite bounded number or a message',
    (raw, kind) => {
      const parsed = read(kind, raw);
      if (parsed.status === 'ok') {
        expect(Number.isFinite(parsed.value)).toBe(true);
        expect(Math.abs(parsed.value)).toBeLessThanOrEqual(1_000_000);
        if (kind === 'count') expect(Number.isInteger(parsed.value) && parsed.value >= 0).toBe(true);
      } else if (parsed.status === 'invalid') {
        expect(parsed.message.length).toBeGreaterThan(0);
      } else {
        expect(normalizeFigure(raw).trim()).toBe('');
      }
    },
  );

  test.prop([
    fc.string({ unit: fc.constantFrom(...'0１２,，.．。 +＋-－−\u3000\u200B9元万'), maxLength: 12 }),
  ])('normalizing twice changes nothing (the stored text is stable)', (raw) => {
    const once = normalizeFigure(raw);
    expect(normalizeFigure(once)).toBe(once);
  });

  test.prop([fc.integer({ min: 0, max: 1_000_000 })])(
    'a number round-trips through its full-width form',
    (n) => {
      const fullWidth = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
      expect(read('count', fullWidth)).toEqual({ status: 'ok', value: n });
    },
  );
});
