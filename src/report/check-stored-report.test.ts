import { expect, test } from 'vitest';
import { checkStoredReport } from './check-stored-report';
import { createReport } from './create-report';
import type { Report } from './report-schema';

const report = (): Report => ({
  ...createReport({ agencyName: '千户镇人民政府', year: 2025, formatId: 'format-2021' }),
  cells: { 't3:carried:natural': '5' },
});

test("checks R5 against the last year's figures the report carries", () => {
  const r5 = (r: Report) => checkStoredReport(r).filter((f) => f.ruleId === 'R5');
  expect(r5(report())).toEqual([]);
  const withLastYear: Report = {
    ...report(),
    lastYear: { year: 2024, formatId: 'format-2021', cells: { 't3:carry-forward:natural': '2' } },
  };
  expect(r5(withLastYear).map((f) => f.cells)).toEqual([['t3:carried:natural']]);
});

test('judges the year as of `today`', () => {
  // A 2027 report in the 2019 format: wrong once 2027 is a year a report may be for (from 2026 on);
  // before that no format applies to 2027 yet, so nothing can be said about its format.
  const r = createReport({ agencyName: '千户镇人民政府', year: 2027, formatId: 'format-2019' });
  const wrongFormat = (today: Date) => checkStoredReport(r, today).some((f) => f.ruleId === 'F-format-year');
  expect(wrongFormat(new Date('2026-06-01'))).toBe(true);
  expect(wrongFormat(new Date('2024-06-01'))).toBe(false);
});
