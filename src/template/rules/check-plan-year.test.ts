import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2021 } from '../format-2021';
import { checkPlanYear } from './check-plan-year';

const withFive = (text: string) =>
  checkPlanYear(FORMAT_2021, zeroReport(FORMAT_2021, { year: 2021, narratives: { s5: text } }));

describe('checkPlanYear', () => {
  it('warns of a plan dated in the report’s own year, naming the box and the phrase', () => {
    const [f, ...rest] = withFive('存在的问题：公开栏更新不及时。2021年，我镇将进一步规范公开栏管理。');
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('W-plan-year');
    expect(f?.field).toBe('s5');
    expect(f?.phrase).toBe('2021年，我镇将');
    expect(f?.message).toContain('五、存在的主要问题及改进情况');
    expect(f?.message).toContain('2022年');
  });

  it('accepts next year’s plan and this year’s problems', () => {
    expect(withFive('2021年存在的问题是公开栏更新不及时。2022年，我镇将规范公开栏管理。')).toEqual([]);
  });

  it('reads only section 五', () => {
    const report = zeroReport(FORMAT_2021, {
      year: 2021,
      narratives: { 's1-intro': '2021年，我镇将政务公开列入重点工作。', s5: '下一年度将加强培训。' },
    });
    expect(checkPlanYear(FORMAT_2021, report)).toEqual([]);
  });
});
