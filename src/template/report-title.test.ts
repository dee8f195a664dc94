import { expect, it } from 'vitest';
import { reportTitle } from './report-title';

it('titles a report {机关名称}{年度}年政府信息公开工作年度报告', () => {
  expect(reportTitle(' 阁山镇人民政府 ', 2021)).toBe('阁山镇人民政府2021年政府信息公开工作年度报告');
});
