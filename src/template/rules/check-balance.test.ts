import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { BalanceRule, FormatSpec } from '../spec-types';
import { checkBalance } from './check-balance';
import { resolveValues } from './resolve-values';

function r3(format: FormatSpec): BalanceRule {
  const rule = format.rules.find((r) => r.id === 'R3');
  if (rule?.type !== 'balance') throw new Error('no R3');
  return rule;
}

function balance(format: FormatSpec, cells: Readonly<Record<string, string>>) {
  return checkBalance(format, r3(format), resolveValues(format, zeroReport(format, { cells }).cells));
}

describe('checkBalance (R3: 一 + 二 = （七）总计 + 四)', () => {
  it('finds nothing when every column balances', () => {
    expect(
      balance(FORMAT_2021, {
        't3:new:natural': '12',
        't3:carried:natural': '2',
        't3:open:natural': '11',
        't3:carry-forward:natural': '3',
      }),
    ).toEqual([]);
  });

  it('names the column, the rows and the numbers of an unbalanced column', () => {
    const found = balance(FORMAT_2021, {
      't3:new:natural': '12',
      't3:carried:natural': '2',
      't3:open:natural': '12',
      't3:carry-forward:natural': '3',
    });
    // One slip, one finding: the 总计 column, a sum of the others, is unbalanced by the same slip.
    expect(found.map((f) => f.key)).toEqual(['R3:natural']);
    const [f] = found;
    expect(f?.ruleId).toBe('R3');
    expect(f?.severity).toBe('error');
    expect(f?.sectionId).toBe('s3');
    expect(f?.cells).toEqual([
      't3:new:natural',
      't3:carried:natural',
      't3:outcomes-total:natural',
      't3:carry-forward:natural',
    ]);
    expect(f?.message).toBe('自然人列：一（12）＋二（2）＝14，应等于（七）总计（12）＋四（3）＝15');
  });

  it('gives two slips in two columns two findings, and still none for 总计', () => {
    const found = balance(FORMAT_2021, {
      't3:new:natural': '12',
      't3:open:natural': '11',
      't3:new:business': '1',
    });
    expect(found.map((f) => f.key)).toEqual(['R3:natural', 'R3:business']);
  });

  it('reports 总计 when a stated 总计 disagrees apart from its columns', () => {
    const found = balance(FORMAT_2021, { 't3:new:total': '5' });
    expect(found.map((f) => f.key)).toEqual(['R3:total']);
  });

  it('uses a stated （七）总计 as printed', () => {
    const [f] = balance(FORMAT_2019, {
      't3:new:business': '1',
      't3:open:business': '1',
      't3:outcomes-total:business': '2',
    });
    expect(f?.message).toBe('商业企业列：一（1）＋二（0）＝1，应等于（七）总计（2）＋四（0）＝2');
  });

  it('leaves a column with an empty or invalid cell to the other findings', () => {
    expect(balance(FORMAT_2021, { 't3:new:natural': '', 't3:open:natural': '5' })).toEqual([]);
    expect(balance(FORMAT_2021, { 't3:carried:natural': '00', 't3:open:natural': '5' })).toEqual([]);
    // an empty part makes （七）总计 partial: no verdict on its column
    expect(balance(FORMAT_2021, { 't3:withheld-4:other': '', 't3:new:other': '5' })).toEqual([]);
  });
});
