import { describe, expect, it } from 'vitest';
import { reportTitle, reportTitleLines } from './report-title';

it('titles a report {机关名称}{年度}年政府信息公开工作年度报告', () => {
  expect(reportTitle(' 阁山镇人民政府 ', 2021)).toBe('阁山镇人民政府2021年政府信息公开工作年度报告');
});

describe('reportTitleLines', () => {
  it('keeps a title that fits one line of 2号 whole', () => {
    expect(reportTitleLines('某镇', 2025)).toEqual(['某镇2025年政府信息公开工作年度报告']);
  });

  it('breaks a longer title after the year, never inside a word (GB/T 9704 7.3.3)', () => {
    expect(reportTitleLines('阁山镇人民政府', 2025)).toEqual([
      '阁山镇人民政府2025年',
      '政府信息公开工作年度报告',
    ]);
    expect(reportTitleLines('樟树市阁山镇人民政府', 2021).join('')).toBe(
      reportTitle('樟树市阁山镇人民政府', 2021),
    );
  });
});
