import { describe, expect, it } from 'vitest';
import { checkStoredReport } from './check-stored-report';
import { createReport } from './create-report';
import { ledgerCase, request } from './ledger/fixtures/ledger-rows';
import { stopFollowingLedger } from './ledger/stop-following-ledger';
import { updateLedger } from './ledger/update-ledger';
import { NextYearError, createNextYearReport } from './next-year-report';
import { reportCells } from './report-cells';
import { reportSchema, type Report } from './report-schema';
import { approveReport, submitForReview } from './review';

const now = new Date('2026-01-05T01:00:00Z');
const COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

function withCarryForward(r: Report, values: readonly string[]): Report {
  const cells: Record<string, string | undefined> = { ...reportCells(r) };
  COLS.forEach((c, i) => (cells[`t3:carry-forward:${c}`] = values[i] ?? ''));
  cells['t3:new:natural'] = '5';
  return { ...r, cells, narratives: { 's1-intro': '2024年，我镇……', s5: '问题：……' } };
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
    const cells = reportCells(report);
    expect(COLS.map((c) => cells[`t3:carried:${c}`])).toEqual(['2', '0', '0', '0', '1', '0']);
    expect(cells['t3:carried:total']).toBeUndefined();
    expect(cells['t3:new:natural']).toBeUndefined();
    expect(report.lastYear).toMatchObject({ year: 2024, formatId: 'format-2021', reportId: last.id });
    // Last year's text travels too: section 五 shows it, and a box left as it was is flagged.
    expect(report.lastYear?.narratives).toEqual({ 's1-intro': '2024年，我镇……', s5: '问题：……' });
    expect(notes.join('')).toContain('请逐段修改');
    const long = '本年度我镇未收到政府信息公开申请，也没有发生行政复议和行政诉讼案件，特此说明。';
    const same = {
      ...report,
      narratives: { ...report.narratives, 's1-request': long },
      lastYear: { ...report.lastYear!, narratives: { 's1-request': long } },
    } as Report;
    expect(
      checkStoredReport(same, now)
        .filter((f) => f.ruleId === 'W-same-text')
        .map((f) => f.field),
    ).toEqual(['s1-request']);

    const r5 = (r: Report) => checkStoredReport(r, now).filter((f) => f.ruleId === 'R5');
    expect(r5(report)).toEqual([]);
    const changed = { ...report, cells: { ...report.cells, 't3:carried:natural': '3' } };
    expect(r5(changed).map((f) => f.cells[0])).toEqual(['t3:carried:natural']);
  });

  it('2020 → 2021: carries table 三 and narratives, and says what could not be carried over', () => {
    let last = createReport({ agencyName: '潘庄镇人民政府', year: 2020, formatId: 'format-2019', now });
    last = withCarryForward(last, ['1', '', '', '', '', '0']);
    last = { ...last, cells: { ...last.cells, 't2:normative:made': '4', 't3:other-handling:natural': '1' } };

    const { report, notes } = createNextYearReport(last, { now });
    expect(report.formatId).toBe('format-2021');
    expect(reportSchema.safeParse(report).success).toBe(true);
    const cells = reportCells(report);
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

describe('createNextYearReport with a request ledger', () => {
  const r5 = (r: Report) => {
    const lastYear = r.lastYear;
    if (!lastYear) throw new Error('lastYear missing');
    return checkStoredReport({ ...r, lastYear }, now).filter((f) => f.ruleId === 'R5');
  };
  const cell = (r: Report, id: string) => reportCells(r)[id];

  it('carries the requests open on 31 December into 上年结转, and the cases 尚未审结', () => {
    const last = updateLedger(
      createReport({ agencyName: '阁山镇人民政府', year: 2023, formatId: 'format-2021', now }),
      (l) => ({
        ...l,
        requests: [
          request({ id: 'done', applicant: 'legal', outcome: 'open', done: '2023-05-01' }),
          request({ id: 'open', applicant: 'legal', received: '2023-12-28' }),
          request({ id: 'late', applicant: 'business', outcome: 'partial', done: '2024-01-03' }),
          request({ id: 'january', received: '2024-01-02' }),
        ],
        cases: [
          ledgerCase({ id: 'won', result: 'upheld' }),
          ledgerCase({ id: 'waiting', result: 'pending' }),
        ],
      }),
    );
    expect(cell(last, 't3:carry-forward:legal')).toBe('1');
    expect(cell(last, 't3:carry-forward:business')).toBe('1');

    const { report, notes } = createNextYearReport(last, { now });
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.ledger?.requests.map((r) => r.id)).toEqual(['open', 'late', 'january']);
    expect(report.ledger?.cases.map((c) => c.id)).toEqual(['waiting']);
    expect(report.ledger?.requestsTable).toEqual({ follows: true, typedByChoice: false });
    // 上年结转 = last year's 结转下年度, column by column: R5 by construction.
    for (const c of COLS) expect(cell(report, `t3:carried:${c}`)).toBe(cell(last, `t3:carry-forward:${c}`));
    expect(r5(report)).toEqual([]);
    // Done on 3 January: an outcome of the new year. Received on 2 January: the new year's.
    expect(cell(report, 't3:partial:business')).toBe('1');
    expect(cell(report, 't3:new:natural')).toBe('1');
    expect(cell(report, 't4:all:review-pending')).toBe('1');
    expect(notes).toContain('台账中 2023 年底尚未办结的 2 条申请已带入，计入本年度上年结转。');
    expect(notes).toContain('台账中收到日期在 2024 年的 1 条申请已带入，计入本年新收。');
  });

  it('2020 → 2021: clears an outcome the new format does not have, and R5 still holds', () => {
    const last = updateLedger(
      createReport({ agencyName: '潘庄镇人民政府', year: 2020, formatId: 'format-2019', now }),
      (l) => ({
        ...l,
        requests: [
          request({ id: 'a', received: '2020-12-20', outcome: 'other-handling', done: '2021-01-05' }),
          request({ id: 'b', received: '2020-11-02', applicant: 'research' }),
          request({ id: 'c', received: '2020-03-02', outcome: 'other-handling', done: '2020-04-01' }),
        ],
      }),
    );
    const { report, notes } = createNextYearReport(last, { now });
    expect(report.formatId).toBe('format-2021');
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.ledger?.requests).toEqual([
      expect.objectContaining({ id: 'a', outcome: '', done: '' }),
      expect.objectContaining({ id: 'b', outcome: '', done: '' }),
    ]);
    expect(cell(report, 't3:carried:natural')).toBe('1');
    expect(cell(report, 't3:carried:research')).toBe('1');
    expect(r5(report)).toEqual([]);
    expect(notes.join('\n')).toContain(
      '1 条申请的办理结果“（六）其他处理”在新格式中没有对应的行，已清空其办理结果和办结日期，请按新格式重新选择（2020-12-20收到、2021-01-05办结）。',
    );
  });

  it('keeps a table typed by hand typed, and carries its hand-typed 结转 as before', () => {
    const last = stopFollowingLedger(
      updateLedger(
        withCarryForward(createReport({ agencyName: '某镇', year: 2023, formatId: 'format-2021', now }), [
          '2',
          '0',
          '0',
          '0',
          '0',
          '0',
        ]),
        (l) => ({ ...l, requests: [request({ received: '2023-12-30' })] }),
      ),
      'requestsTable',
      { restore: true },
    );
    const { report } = createNextYearReport(last, { now });
    expect(report.ledger?.requestsTable).toEqual({ follows: false, typedByChoice: true });
    expect(report.ledger?.requests).toHaveLength(1);
    expect(cell(report, 't3:carried:natural')).toBe('2');
  });
});
