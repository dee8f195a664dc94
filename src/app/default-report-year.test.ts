import { describe, expect, it } from 'vitest';
import { defaultReportYear } from './default-report-year';

describe('defaultReportYear', () => {
  it('is the previous year from January to October', () => {
    expect(defaultReportYear(new Date(2026, 0, 1))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 0, 31))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 5, 15))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 9, 31, 23, 59))).toBe(2025);
  });

  it('is the year now ending in November and December', () => {
    expect(defaultReportYear(new Date(2026, 10, 1))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 11, 31, 23, 59))).toBe(2026);
  });
});
