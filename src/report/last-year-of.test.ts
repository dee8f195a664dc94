import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { lastYearOf, linkLastYear } from './last-year-of';
import type { Report } from './report-schema';

const NOW = new Date('2026-01-10T08:00:00Z');

function report(agencyName: string, year: number, extra: Partial<Report> = {}): Report {
  return { ...createReport({ agencyName, year, formatId: 'format-2021', now: NOW }), ...extra } as Report;
}

describe('lastYearOf', () => {
  it('keeps table 三 and the texts written, nothing of the other tables', () => {
    const last = report('千户镇人民政府', 2024, {
      cells: { 't3:carry-forward:natural': '4', 't3:new:natural': '9', 't2:normative:issued': '3' },
      narratives: { s5: '问题', s6: '' },
    } as Partial<Report>);
    expect(lastYearOf(last)).toEqual({
      year: 2024,
      formatId: 'format-2021',
      reportId: last.id,
      cells: { 't3:carry-forward:natural': '4', 't3:new:natural': '9' },
      narratives: { s5: '问题' },
    });
  });
});

describe('linkLastYear', () => {
  it("gives the office's next-year reports without a last year the imported one, and keeps the others", () => {
    const last = report('千户镇人民政府', 2024, {
      cells: { 't3:carry-forward:natural': '4' },
    } as Partial<Report>);
    const plain = report('千户镇人民政府 ', 2025);
    const carried = report('千户镇人民政府', 2025, {
      lastYear: { year: 2024, formatId: 'format-2021', cells: {} },
    });
    const otherOffice = report('阁山镇人民政府', 2025);
    const otherYear = report('千户镇人民政府', 2026);
    const { linked, kept } = linkLastYear([plain, carried, otherOffice, otherYear, last], last, NOW);
    expect(linked.map((r) => r.id)).toEqual([plain.id]);
    expect(linked[0]?.lastYear?.cells).toEqual({ 't3:carry-forward:natural': '4' });
    expect(linked[0]?.updatedAt).toBe(NOW.toISOString());
    expect(kept.map((r) => r.id)).toEqual([carried.id]);
  });
});
