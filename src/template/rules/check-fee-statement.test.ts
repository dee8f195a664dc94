import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { checkFeeStatement } from './check-fee-statement';
import { resolveValues } from './resolve-values';

function check(format: FormatSpec, six: string, cells: Readonly<Record<string, string>> = {}) {
  const report = zeroReport(format, { cells, narratives: { ...zeroReport(format).narratives, s6: six } });
  return checkFeeStatement(format, report, resolveValues(format, report.cells));
}

describe('checkFeeStatement', () => {
  it('format 2021: warns when section 六 is silent on 信息处理费', () => {
    const [f, ...rest] = check(FORMAT_2021, '本年度没有其他需要报告的事项。');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'W-fee-silent', field: 's6', sectionId: 's6' });
    expect(f?.message).toContain('本年度没有产生信息处理费');
  });

  it('accepts a statement of the fee, and an empty box (reported as 未填 elsewhere)', () => {
    expect(check(FORMAT_2021, '本年度没有产生信息处理费。')).toEqual([]);
    expect(check(FORMAT_2021, '')).toEqual([]);
  });

  it('warns when no fee notice was sent but table 三 （六）2 is above 0', () => {
    const six = '本年度未发出信息处理费收费通知，没有收取信息处理费。';
    expect(check(FORMAT_2021, six)).toEqual([]);
    const [f] = check(FORMAT_2021, six, { 't3:other-handling-2:natural': '1' });
    expect(f).toMatchObject({
      ruleId: 'W-fee-notice',
      field: 's6',
      phrase: '未发出信息处理费收费通知',
      cells: ['t3:other-handling-2:total'],
    });
    expect(f?.message).toContain('第三部分表格');
    expect(f?.message).toContain('有 1 件');
  });

  it('format 2019 has no such statement', () => {
    expect(check(FORMAT_2019, '无。')).toEqual([]);
  });
});
