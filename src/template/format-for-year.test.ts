import { describe, expect, it } from 'vitest';
import { formatForYear } from './format-for-year';

const TODAY = new Date(2026, 0, 15);

describe('formatForYear', () => {
  it.each([
    [2019, 'format-2019'],
    [2020, 'format-2019'],
    [2021, 'format-2021'],
    [2024, 'format-2021'],
    [2026, 'format-2021'],
    [2027, 'format-2021'],
  ])('gives the %i report format %s', (year, id) => {
    const choice = formatForYear(year, TODAY);
    expect(choice.ok).toBe(true);
    if (choice.ok) {
      expect(choice.format.id).toBe(id);
      expect(choice.reason).toContain(choice.format.notice);
    }
  });

  it('explains that the unified format starts with the 2019 report', () => {
    const choice = formatForYear(2018, TODAY);
    expect(choice).toEqual({ ok: false, reason: expect.stringContaining('2019') });
    expect(choice.reason).toContain('国办公开办函〔2019〕60号');
  });

  it('refuses a year after next year, naming the latest one allowed', () => {
    const choice = formatForYear(2028, TODAY);
    expect(choice.ok).toBe(false);
    expect(choice.reason).toContain('2027');
  });

  it('refuses a year that is not a whole number', () => {
    const choice = formatForYear(2021.5, TODAY);
    expect(choice.ok).toBe(false);
    expect(choice.reason).toMatch(/年份/);
  });
});
