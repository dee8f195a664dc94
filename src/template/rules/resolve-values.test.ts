import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../format-2021';
import { resolveValues, sumOf } from './resolve-values';

describe('resolveValues', () => {
  it('parses input cells and sums computed ones from their parts', () => {
    const v = resolveValues(FORMAT_2021, { 't3:new:natural': '2', 't3:new:business': '3' });
    expect(v.get('t3:new:natural')).toEqual({ status: 'ok', value: 2 });
    // four of six parts empty: a partial sum, which no rule treats as final
    expect(v.get('t3:new:total')).toEqual({ status: 'ok', value: 5, partial: true });
    expect(v.get('t3:carried:total')).toEqual({ status: 'empty' });
  });

  it('keeps a stated total as printed and marks it stated', () => {
    const v = resolveValues(FORMAT_2021, { 't4:all:review-total': '7' });
    expect(v.get('t4:all:review-total')).toEqual({ status: 'ok', value: 7, stated: true });
  });

  it('sums totals of totals: （七）总计 of the 总计 column', () => {
    const v = resolveValues(FORMAT_2021, { 't3:open:natural': '1', 't3:unavailable-2:legal': '4' });
    expect(v.get('t3:outcomes-total:total')).toMatchObject({ status: 'ok', value: 5, partial: true });
  });

  it('knows nothing of ids outside the format', () => {
    const v = resolveValues(FORMAT_2021, { 't2:procurement:amount': '4万元' });
    expect(v.has('t2:procurement:amount')).toBe(false);
  });
});

describe('sumOf', () => {
  it('is empty when no part holds a value, partial when some do not', () => {
    expect(sumOf([])).toEqual({ status: 'empty' });
    expect(sumOf([{ status: 'empty' }])).toEqual({ status: 'empty' });
    expect(
      sumOf([
        { status: 'ok', value: 1 },
        { status: 'invalid', message: 'x' },
      ]),
    ).toEqual({
      status: 'ok',
      value: 1,
      partial: true,
    });
    expect(
      sumOf([
        { status: 'ok', value: 1 },
        { status: 'ok', value: 2 },
      ]),
    ).toEqual({ status: 'ok', value: 3 });
  });
});
