import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import { checkReport } from '../../template/rules/check-report';
import { resolveValues } from '../../template/rules/resolve-values';
import type { FormatSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';
import { createReport } from '../create-report';
import { countRequests } from './count-requests';
import { request } from './fixtures/ledger-rows';

const FORMATS = [FORMAT_2019, FORMAT_2021];
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'];

/** One request per outcome row, done within 2023, the applicant types taken in turn. */
function oneOfEach(format: FormatSpec) {
  return outcomeOptions(format).choices.map((o, i) =>
    request({ applicant: COLUMNS[i % 6], outcome: o.id, done: '2023-06-01' }),
  );
}

/** R1–R3 and the other rules on a report holding the counted cells: none fires. */
function findingsOn(format: FormatSpec, cells: Readonly<Record<string, string>>) {
  const report = {
    ...createReport({ agencyName: '某镇人民政府', year: 2023, formatId: format.id, now: new Date(0) }),
    cells,
  };
  return checkReport(format, report, { today: new Date('2024-01-10') }).filter((f) => f.sectionId === 's3');
}

describe('countRequests', () => {
  it.each(FORMATS)('counts each outcome row of $id in its own cell and in 一、本年新收', (format) => {
    const requests = oneOfEach(format);
    const { cells, rowsBehind, issues, counted } = countRequests(format, 2023, requests);
    expect(issues).toEqual([]);
    expect(counted).toBe(requests.length);
    requests.forEach((r) => {
      expect(cells[`t3:${r.outcome}:${r.applicant}`], r.outcome).toBe('1');
      expect(rowsBehind[`t3:${r.outcome}:${r.applicant}`]).toEqual([r.id]);
    });
    const outcomeCells = outcomeOptions(format).choices.flatMap((o) => COLUMNS.map((c) => `t3:${o.id}:${c}`));
    const ones = outcomeCells.filter((id) => cells[id] === '1');
    expect(ones).toHaveLength(requests.length);
    expect(outcomeCells.filter((id) => cells[id] !== '1').every((id) => cells[id] === '0')).toBe(true);
    // Every input cell of table 三 is given, so the table has no blank and nothing typed by hand.
    const inputs = [...formatCells(format).values()].filter((c) => c.tableId === 't3' && !c.computed);
    expect(Object.keys(cells).sort()).toEqual(inputs.map((c) => c.id).sort());
    expect(findingsOn(format, cells)).toEqual([]);
    // The computed cells: the template's totals, with every row behind them.
    expect(rowsBehind['t3:outcomes-total:total']).toEqual(requests.map((r) => r.id));
    expect(rowsBehind['t3:new:total']).toEqual(requests.map((r) => r.id));
    expect(rowsBehind['t3:outcomes-total:natural']).toEqual(
      requests.filter((r) => r.applicant === 'natural').map((r) => r.id),
    );
    expect(rowsBehind['t3:carry-forward:total']).toEqual([]);
    const values = resolveValues(format, cells);
    expect(values.get('t3:outcomes-total:total')).toEqual({ status: 'ok', value: requests.length });
  });

  it('splits by 收到日期 into 一 and 二, and by 办结日期 into the outcome rows and 四', () => {
    const rows = [
      request({ id: 'new-done', received: '2023-01-01', outcome: 'open', done: '2023-12-31' }),
      request({ id: 'new-open', received: '2023-12-31' }),
      request({ id: 'new-late', received: '2023-12-20', outcome: 'partial', done: '2024-01-02' }),
      request({ id: 'old-done', received: '2022-12-31', outcome: 'withheld-4', done: '2023-01-01' }),
      request({ id: 'old-open', received: '2022-11-01' }),
    ];
    const { cells, rowsBehind, issues } = countRequests(FORMAT_2021, 2023, rows);
    expect(issues).toEqual([]);
    expect(rowsBehind['t3:new:natural']).toEqual(['new-done', 'new-open', 'new-late']);
    expect(rowsBehind['t3:carried:natural']).toEqual(['old-done', 'old-open']);
    expect(rowsBehind['t3:open:natural']).toEqual(['new-done']);
    expect(rowsBehind['t3:withheld-4:natural']).toEqual(['old-done']);
    // Done after 31 December: still open at the end of the year, so 四, not its outcome row.
    expect(cells['t3:partial:natural']).toBe('0');
    expect(rowsBehind['t3:carry-forward:natural']).toEqual(['new-open', 'new-late', 'old-open']);
    expect(cells).toMatchObject({
      't3:new:natural': '3',
      't3:carried:natural': '2',
      't3:carry-forward:natural': '3',
    });
    expect(findingsOn(FORMAT_2021, cells)).toEqual([]);
  });

  it('reports the rows of another year, and those it cannot place, without counting them', () => {
    const rows = [
      request({ id: 'ok' }),
      request({ id: 'next-year', received: '2024-01-01' }),
      request({ id: 'last-year', received: '2022-05-01', outcome: 'open', done: '2022-12-31' }),
      request({ id: 'no-date', received: '' }),
      request({ id: 'no-type', applicant: '' }),
      request({ id: 'no-done', outcome: 'open' }),
      request({ id: 'no-outcome', done: '2023-04-01' }),
      request({ id: 'backwards', outcome: 'open', done: '2023-02-01' }),
      // A 2019 row id in a 2021 report (a ledger carried over the change of format).
      request({ id: 'old-format', outcome: 'other-handling', done: '2023-04-01' }),
    ];
    const { issues, counted, cells } = countRequests(FORMAT_2021, 2023, rows);
    expect(counted).toBe(1);
    expect(cells['t3:new:natural']).toBe('1');
    expect(issues.map((i) => [i.id, i.position, i.message])).toEqual([
      ['next-year', 2, '收到日期 2024-01-01 在 2023 年之后，应计入下一年度'],
      ['last-year', 3, '在 2023 年之前已经办结（2022-12-31），不计入本年度'],
      ['no-date', 4, '没有填写收到日期'],
      ['no-type', 5, '没有填写申请人类型'],
      ['no-done', 6, '有办理结果，但没有填写办结日期'],
      ['no-outcome', 7, '有办结日期，但没有选择办理结果'],
      ['backwards', 8, '办结日期 2023-02-01 早于收到日期 2023-03-01'],
      ['old-format', 9, '办理结果不在本年度报告的表格中，请重新选择'],
    ]);
    expect(findingsOn(FORMAT_2021, cells)).toEqual([]);
  });

  it.each(FORMATS)('keeps R1–R3 for any mix of rows in $id', (format) => {
    const outcomes = ['', ...outcomeOptions(format).choices.map((o) => o.id)];
    const types = applicantTypes(format).choices.map((c) => c.id);
    const days = ['2022-06-30', '2023-01-01', '2023-07-15', '2023-12-31', '2024-01-01', ''];
    const rows = Array.from({ length: 300 }, (_, i) => {
      const received = days[i % 4] ?? '';
      const outcome = outcomes[(i * 7) % outcomes.length] ?? '';
      const done = outcome === '' ? '' : (days[1 + ((i * 3) % 4)] ?? '');
      return request({ received, applicant: types[i % types.length], outcome, done });
    });
    const { cells, issues, counted } = countRequests(format, 2023, rows);
    expect(counted + issues.length).toBe(rows.length);
    expect(findingsOn(format, cells)).toEqual([]);
  });
});
