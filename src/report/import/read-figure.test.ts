import { describe, expect, it } from 'vitest';
import { readFigure } from './read-figure';

describe('readFigure', () => {
  it.each([
    ['0', '0'],
    ['12', '12'],
    [' 0\u00a0', '0'],
    ['0\u3000', '0'],
    ['１２', '12'],
    ['1,234', '1234'],
    ['1，234', '1234'],
    ['00', '0'],
    ['1 2', '12'],
    ['3件', '3'],
  ])('reads the count %j as %j', (raw, text) => {
    expect(readFigure(raw, 'count')).toMatchObject({ state: 'read', text });
  });

  it('says where the stored figure differs from the printed text', () => {
    expect(readFigure('１２', 'count')).toEqual({ state: 'read', text: '12', note: '原文为“１２”' });
    expect(readFigure('12', 'count')).toEqual({ state: 'read', text: '12' });
  });

  it('keeps a blank blank: never 0', () => {
    expect(readFigure('', 'count')).toEqual({ state: 'blank' });
    expect(readFigure('\u00a0 \u3000', 'count')).toEqual({ state: 'blank' });
  });

  it.each(['—', '/', '无', '-', 'x'])('cannot read %j, and says what was there', (raw) => {
    expect(readFigure(raw, 'count')).toEqual({ state: 'unreadable', reason: `“${raw}”不是数字` });
  });

  it('reads a negative 本年增/减, and reads a negative count as printed for the rules to report', () => {
    expect(readFigure('－3', 'signed-count')).toMatchObject({ state: 'read', text: '-3' });
    expect(readFigure('-3', 'count')).toMatchObject({ state: 'read', text: '-3' });
  });

  it('reads money in 万元, converting 元 exactly and keeping every decimal for the rules to judge', () => {
    expect(readFigure('18651.06', 'money-wan')).toEqual({ state: 'read', text: '18651.06' });
    expect(readFigure('1.25万元', 'money-wan')).toMatchObject({ state: 'read', text: '1.25' });
    expect(readFigure('73802895.90元', 'money-wan')).toEqual({
      state: 'read',
      text: '7380.28959',
      note: '原文为“73802895.90元”，已换算为万元',
    });
    expect(readFigure('500元', 'money-wan')).toMatchObject({ text: '0.05' });
    expect(readFigure('24252.311082', 'money-wan')).toMatchObject({ state: 'read', text: '24252.311082' });
    expect(readFigure('1200', 'money-wan', '元')).toMatchObject({ state: 'read', text: '0.12' });
  });

  it('reads an amount with its unit, taking the header’s unit for a bare figure', () => {
    expect(readFigure('251,000元', 'amount-with-unit')).toMatchObject({ state: 'read', text: '251000元' });
    expect(readFigure('4 万元', 'amount-with-unit')).toMatchObject({ state: 'read', text: '4万元' });
    expect(readFigure('4', 'amount-with-unit', '万元')).toEqual({
      state: 'read',
      text: '4万元',
      note: '原文为“4”，单位取自表头（万元）',
    });
    expect(readFigure('4', 'amount-with-unit')).toEqual({ state: 'read', text: '4' });
  });

  it('does not take an amount for a count', () => {
    expect(readFigure('4万元', 'count')).toMatchObject({ state: 'unreadable' });
  });
});
