import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { checkDeclaredWarnings, isTownship } from './check-declared-warnings';
import { resolveValues } from './resolve-values';

function warnings(format: FormatSpec, cells: Readonly<Record<string, string>>, agency = '示例镇人民政府') {
  return checkDeclaredWarnings(format, agency, resolveValues(format, zeroReport(format, { cells }).cells));
}

describe('checkDeclaredWarnings', () => {
  it('finds nothing in a plausible report', () => {
    expect(
      warnings(FORMAT_2021, {
        't2:normative:issued': '5',
        't2:normative:abolished': '1',
        't2:normative:in-force': '20',
      }),
    ).toEqual([]);
  });

  it('W-in-force (2021): 现行有效件数 below 本年制发件数 − 本年废止件数', () => {
    const found = warnings(FORMAT_2021, {
      't2:normative:issued': '5',
      't2:normative:abolished': '1',
      't2:normative:in-force': '2',
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.ruleId).toBe('W-in-force');
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.sectionId).toBe('s2');
    expect(found[0]?.cells).toEqual([
      't2:normative:in-force',
      't2:normative:issued',
      't2:normative:abolished',
    ]);
    expect(found[0]?.message).toBe('现行有效件数少于本年制发件数减去本年废止件数，请核对（2 ＜ 4）');
    // exactly the bound is fine
    expect(
      warnings(FORMAT_2021, {
        't2:normative:issued': '5',
        't2:normative:abolished': '1',
        't2:normative:in-force': '4',
      }),
    ).toEqual([]);
  });

  it('W-public-total (2019): 对外公开总数量 below 本年新公开数量', () => {
    const found = warnings(FORMAT_2019, { 't2:normative:published': '5', 't2:normative:public-total': '3' });
    expect(found.map((f) => [f.ruleId, f.cells])).toEqual([
      ['W-public-total', ['t2:normative:public-total', 't2:normative:published']],
    ]);
    expect(found[0]?.message).toContain('（3 ＜ 5）');
  });

  it('W-township-regulation: a township reporting 规章, naming only the cells above 0', () => {
    const found = warnings(FORMAT_2021, { 't2:regulation:issued': '1', 't2:regulation:in-force': '2' });
    expect(found.map((f) => [f.ruleId, f.cells])).toEqual([
      ['W-township-regulation', ['t2:regulation:issued', 't2:regulation:in-force']],
    ]);
    expect(found[0]?.message).toContain('没有制定规章的权限');
    const found2019 = warnings(FORMAT_2019, { 't2:regulation:made': '1' });
    expect(found2019.map((f) => [f.ruleId, f.cells])).toEqual([
      ['W-township-regulation', ['t2:regulation:made']],
    ]);
  });

  it('does not warn a county government about 规章', () => {
    expect(warnings(FORMAT_2021, { 't2:regulation:issued': '1' }, '示例县人民政府')).toEqual([]);
  });

  it('skips a rule whose cells are empty or invalid', () => {
    expect(warnings(FORMAT_2021, { 't2:normative:issued': '', 't2:normative:in-force': '0' })).toEqual([]);
    expect(warnings(FORMAT_2021, { 't2:normative:issued': '9', 't2:normative:in-force': '无' })).toEqual([]);
  });
});

describe('isTownship', () => {
  it.each([
    ['阁山镇人民政府', true],
    ['千户镇', true],
    ['某某乡人民政府', true],
    ['某某街道办事处', true],
    ['樟树市阁山镇人民政府', true],
    ['樟树市人民政府', false],
    ['秦安县人民政府办公室', false],
    ['镇江市人民政府', false],
  ])('%s → %s', (name, expected) => {
    expect(isTownship(name)).toBe(expected);
  });
});
