import { describe, expect, it } from 'vitest';
import { kindHint, parseValue } from './parse-value';
import type { ValueKind } from './spec-types';

const ok = (value: number, unit?: '元' | '万元') => ({ status: 'ok', value, ...(unit ? { unit } : {}) });

function message(kind: ValueKind, raw: string): string {
  const r = parseValue(kind, raw);
  if (r.status !== 'invalid') throw new Error(`“${raw}” was accepted as ${kind}`);
  return r.message;
}

describe('parseValue', () => {
  it('reads an empty or blank cell as empty, never as 0', () => {
    for (const kind of ['count', 'signed-count', 'money-wan', 'amount-with-unit'] as const) {
      expect(parseValue(kind, '')).toEqual({ status: 'empty' });
      expect(parseValue(kind, '   ')).toEqual({ status: 'empty' });
    }
  });

  describe('count', () => {
    it('accepts whole numbers ≥ 0, surrounding spaces aside', () => {
      expect(parseValue('count', '0')).toEqual(ok(0));
      expect(parseValue('count', '12')).toEqual(ok(12));
      expect(parseValue('count', ' 7 ')).toEqual(ok(7));
      expect(parseValue('count', '1000000')).toEqual(ok(1_000_000));
    });

    it('refuses a negative count', () => expect(message('count', '-1')).toContain('不能为负'));
    it('refuses a decimal count', () => expect(message('count', '1.5')).toContain('不是整数'));
    it('refuses leading zeros such as 00, naming the right form', () => {
      expect(message('count', '00')).toBe('“00”有多余的前导零，应写作“0”');
      expect(message('count', '012')).toContain('应写作“12”');
    });
    it('refuses full-width digits', () => expect(message('count', '１２')).toContain('全角数字'));
    it('refuses scientific notation and separators (the editor normalizes separators first)', () => {
      expect(message('count', '1e12')).toContain('不是整数');
      expect(message('count', '1,234')).toContain('不是整数');
      expect(message('count', '1 2')).toContain('不是整数');
      expect(message('count', '+3')).toContain('不是整数');
    });
    it.each(['—', '——', '-', '/', '无', '没有', 'N/A'])('refuses the “not applicable” mark %s', (raw) => {
      expect(message('count', raw)).toContain('没有发生的填 0');
    });
    it('refuses a count too large to be real', () => {
      expect(message('count', '1000001')).toContain('过大');
    });
  });

  describe('signed-count (本年增/减)', () => {
    it('accepts negative, zero and positive whole numbers', () => {
      expect(parseValue('signed-count', '-3')).toEqual(ok(-3));
      expect(parseValue('signed-count', '0')).toEqual(ok(0));
      expect(parseValue('signed-count', '4')).toEqual(ok(4));
    });
    it('refuses decimals, leading zeros and words', () => {
      expect(message('signed-count', '-1.5')).toContain('不是整数');
      expect(message('signed-count', '-05')).toContain('前导零');
      expect(message('signed-count', '增加2')).toContain('不是整数');
    });
  });

  describe('money-wan (本年收费金额（单位：万元）)', () => {
    it('accepts up to 4 decimals', () => {
      expect(parseValue('money-wan', '0')).toEqual(ok(0));
      expect(parseValue('money-wan', '12.5')).toEqual(ok(12.5));
      expect(parseValue('money-wan', '0.0001')).toEqual(ok(0.0001));
      expect(parseValue('money-wan', '0.5')).toEqual(ok(0.5));
    });
    it('refuses more than 4 decimals', () =>
      expect(message('money-wan', '1.23456')).toContain('最多保留 4 位小数'));
    it('refuses a unit the header already states', () => {
      expect(message('money-wan', '4万元')).toContain('表头已写明单位万元');
      expect(message('money-wan', '251000元')).toContain('只填数字');
    });
    it('refuses negative amounts and words', () => {
      expect(message('money-wan', '-1')).toContain('不能为负');
      expect(message('money-wan', '一万')).toContain('不是金额');
      expect(message('money-wan', '1e3')).toContain('不是金额');
    });
  });

  describe('amount-with-unit (2019 采购总金额)', () => {
    it('reads the amount and its unit', () => {
      expect(parseValue('amount-with-unit', '4万元')).toEqual(ok(4, '万元'));
      expect(parseValue('amount-with-unit', '251000元')).toEqual(ok(251000, '元'));
      expect(parseValue('amount-with-unit', '0元')).toEqual(ok(0, '元'));
      expect(parseValue('amount-with-unit', '3.25万元')).toEqual(ok(3.25, '万元'));
    });
    it('asks for the unit when it is missing', () => {
      expect(message('amount-with-unit', '4')).toContain('缺少单位');
      expect(message('amount-with-unit', '4.5')).toContain('缺少单位');
    });
    it('refuses other units and words', () => {
      expect(message('amount-with-unit', '4千元')).toContain('不是金额');
      expect(message('amount-with-unit', '4.123456万元')).toBe('“4.123456万元”：金额最多保留 4 位小数');
      expect(message('amount-with-unit', '无')).toContain('不是数字');
    });
  });

  it('quotes what was typed in every message, so the clerk sees which entry is wrong', () => {
    expect(message('count', 'abc')).toContain('“abc”');
  });
});

describe('kindHint', () => {
  it('describes each kind differently', () => {
    const hints = (['count', 'signed-count', 'money-wan', 'amount-with-unit'] as const).map(kindHint);
    expect(new Set(hints).size).toBe(4);
    expect(kindHint('signed-count')).toContain('负数');
  });
});
