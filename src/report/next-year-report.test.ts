import { describe, expect, it } from 'vitest';
import { getFormat } from '../template/formats';
import { checkReport } from '../template/rules/check-report';
import { createReport } from './create-report';
import { NextYearError, createNextYearReport } from './next-year-report';
import { reportSchema, type Report } from './report-schema';
import { approveReport, submitForReview } from './review';

const now = new Date('2026-01-05T01:00:00Z');
const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

function withCarryForward(r: Report, values: readonly string[]): Report {
  const cells = { ...r.cells } as Record<string, string>;
  COLS.forEach((c, i) => (cells[`t3:carry-forward:${c}`] = values[i] ?? ''));
  cells['t3:new:natural'] = '5';
  return { ...r, cells, narratives: { 's1-intro': '2024年，我镇……', s5: '问题：……' } } as Report;
}

describe('createNextYearReport', () => {
  it('carries metadata, narratives and 结转 into the next year, and checks R5 from then on', () => {
    let last = createReport({
      agencyName: '阁山镇人民政府',
      year: 2024,
      formatId: 'format-2021',
      now,
      meta: { phone: '0795-7161260', signDate: '2025-01-20' },
    });
    last = withCarryForward(last, ['2', '0', '0', '0', '1', '0']);
    last = approveReport(submitForReview(last, '张三', now), { by: '李主任', now });

    const { report, notes } = createNextYearReport(last, { now });
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.id).not.toBe(last.id);
    expect(report.year).toBe(2025);
    expect(report.formatId).toBe('format-2021');
    expect(report.meta).toMatchObject({ agencyName: '阁山镇人民政府', phone: '0795-7161260', signDate: '' });
    expect(report.preamble).toContain('2025年1月1日');
    expect(report.narratives).toEqual({ 's1-intro': '2024年，我镇……', s5: '问题：……' });
    expect(report.carriedOver?.staleNarratives).toEqual(['s1-intro', 's5']);
    expect(report.review.status).toBe('draft');
    expect(report.review.approvedBy).toBeUndefined();
    const cells = report.cells as Record<string, string | undefined>;
    expect(COLS.map((c) => cells[`t3:carried:${c}`])).toEqual(['2', '0', '0', '0', '1', '0']);
    expect(cells['t3:carried:total']).toBeUndefined();
    expect(cells['t3:new:natural']).toBeUndefined();
    expect(report.lastYear).toMatchObject({ year: 2024, formatId: 'format-2021', reportId: last.id });
    expect(notes.join('')).toContain('请逐段修改');

    const lastYear = report.lastYear;
    if (!lastYear) throw new Error('lastYear missing');
    const r5 = (r: Report) =>
      checkReport(getFormat(r.formatId), r as Parameters<typeof checkReport>[1], {
        lastYear,
        today: now,
      }).filter((f) => f.ruleId === 'R5');
    expect(r5(report)).toEqual([]);
    const changed = { ...report, cells: { ...report.cells, 't3:carried:natural': '3' } } as Report;
    expect(r5(changed).map((f) => f.cells[0])).toEqual(['t3:carried:natural']);
  });

  it('2020 → 2021: carries table 三 and narratives, and says what could not be carried over', () => {
    let last = createReport({ agencyName: '潘庄镇人民政府', year: 2020, formatId: 'format-2019', now });
    last = withCarryForward(last, ['1', '', '', '', '', '0']);
    last = {
      ...last,
      cells: { ...last.cells, 't2:normative:made': '4', 't3:other-handling:natural': '1' },
    } as Report;

    const { report, notes } = createNextYearReport(last, { now });
    expect(report.formatId).toBe('format-2021');
    expect(reportSchema.safeParse(report).success).toBe(true);
    const cells = report.cells as Record<string, string | undefined>;
    expect(cells['t3:carried:natural']).toBe('1');
    expect(cells['t3:carried:other']).toBe('0');
    expect(cells['t3:carried:business']).toBeUndefined();
    expect(Object.keys(report.cells).some((k) => k.startsWith('t2:'))).toBe(false);
    const text = notes.join('\n');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toMatch(/表格栏目已改变/);
    expect(text).toMatch(/分为 3 项/);
    expect(text).toContain('国办函〔2020〕109号');
    expect(report.preamble).toContain('国办公开办函〔2021〕30号');
    expect(report.preamble).not.toContain('国办公开办函〔2019〕60号');
    expect(report.carriedOver?.notes).toEqual(notes);
  });

  it('keeps a rewritten preamble within one format and flags it to revise', () => {
    const last = {
      ...createReport({ agencyName: '某镇', year: 2023, formatId: 'format-2021', now }),
      preamble: '自写前言',
      preambleEdited: true,
    };
    const { report } = createNextYearReport(last, { now });
    expect(report.preamble).toBe('自写前言');
    expect(report.carriedOver?.staleNarratives).toContain('preamble');
  });

  it('refuses when no format applies to the next year', () => {
    const last = createReport({ agencyName: '某镇', year: 2025, formatId: 'format-2021', now });
    expect(() =>
      createNextYearReport(last, {
        now,
        formatForYear: () => ({ ok: false, reason: '报告年度不能晚于 2026 年' }),
      }),
    ).toThrow(NextYearError);
  });
});

describe('createNextYearReport from a report stored with invisible characters', () => {
  it('carries the metadata over without them', () => {
    const last = createReport({ agencyName: '阁山镇人民政府', year: 2024, formatId: 'format-2021', now });
    const dirty = {
      ...last,
      meta: { ...last.meta, agencyName: '\u202e阁山镇人民政府\u202c', address: '樟树市\u2067阁山镇' },
    };
    const { report } = createNextYearReport(dirty, { now });
    expect(report.meta.agencyName).toBe('阁山镇人民政府');
    expect(report.meta.address).toBe('樟树市阁山镇');
  });
});
