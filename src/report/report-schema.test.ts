import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { REVIEW_STATUS_NAMES, REVIEW_STATUSES, reportSchema, type Report } from './report-schema';

const base = createReport({
  agencyName: '某某镇人民政府',
  year: 2021,
  formatId: 'format-2021',
  now: new Date(0),
});
const valid = (r: unknown) => reportSchema.safeParse(r).success;

describe('reportSchema', () => {
  it('picks the content schema by formatId', () => {
    expect(valid({ ...base, cells: { 't3:other-handling-3:natural': '0' } })).toBe(true);
    expect(valid({ ...base, cells: { 't3:other-handling:natural': '0' } })).toBe(false);
    expect(valid({ ...base, formatId: 'format-2019', cells: { 't3:other-handling:natural': '0' } })).toBe(
      true,
    );
    expect(valid({ ...base, formatId: 'format-2020' })).toBe(false);
  });

  it('keeps any text typed in a cell, so a wrong figure is reported rather than lost', () => {
    expect(valid({ ...base, cells: { 't3:new:natural': '无' } })).toBe(true);
    expect(valid({ ...base, cells: { 't3:new:natural': 3 } })).toBe(false);
  });

  it('bounds the year and the dates', () => {
    expect(valid({ ...base, year: 2018 })).toBe(false);
    expect(valid({ ...base, year: 2021.5 })).toBe(false);
    expect(valid({ ...base, meta: { ...base.meta, signDate: '2022-01-20' } })).toBe(true);
    expect(valid({ ...base, meta: { ...base.meta, signDate: '2022年1月20日' } })).toBe(false);
  });

  it('refuses a missing field and drops unknown top-level ones', () => {
    const { preamble: _p, ...withoutPreamble } = base;
    expect(valid(withoutPreamble)).toBe(false);
    const parsed = reportSchema.safeParse({ ...base, extra: 'x' });
    expect(parsed.success && 'extra' in (parsed.data as Report & { extra?: string })).toBe(false);
  });

  it('names every review status in Chinese', () => {
    expect(REVIEW_STATUSES.map((s) => REVIEW_STATUS_NAMES[s])).toEqual([
      '草稿',
      '待审核',
      '已审核',
      '退回修改',
    ]);
  });
});

describe('reportSchema: the ledger', () => {
  const request = {
    id: 'r1',
    received: '2021-03-01',
    applicant: 'natural',
    content: '',
    outcome: '',
    done: '',
  };
  const mode = { follows: true, typedByChoice: false };
  const ledger = (change: Record<string, unknown> = {}) => ({
    requestsTable: mode,
    casesTable: mode,
    requests: [request],
    cases: [{ id: 'c1', type: 'review', result: 'pending', note: '' }],
    ...change,
  });

  it('accepts a ledger whose ids are the format’s rows and columns', () => {
    expect(valid({ ...base, ledger: ledger() })).toBe(true);
    expect(
      valid({ ...base, ledger: ledger({ requests: [{ ...request, outcome: 'other-handling-3' }] }) }),
    ).toBe(true);
    const kept = { ...mode, handTyped: { 't3:new:natural': '7' } };
    expect(valid({ ...base, ledger: ledger({ requestsTable: kept }) })).toBe(true);
  });

  it('refuses ids of the other format, unknown values, and hand-typed cells of another table', () => {
    expect(
      valid({ ...base, ledger: ledger({ requests: [{ ...request, outcome: 'other-handling' }] }) }),
    ).toBe(false);
    expect(
      valid({
        ...base,
        formatId: 'format-2019',
        ledger: ledger({ requests: [{ ...request, outcome: 'other-handling' }] }),
      }),
    ).toBe(true);
    expect(valid({ ...base, ledger: ledger({ requests: [{ ...request, applicant: '自然人' }] }) })).toBe(
      false,
    );
    expect(valid({ ...base, ledger: ledger({ requests: [{ ...request, received: '2021/3/1' }] }) })).toBe(
      false,
    );
    expect(
      valid({ ...base, ledger: ledger({ cases: [{ id: 'c', type: 'lawsuit', result: '', note: '' }] }) }),
    ).toBe(false);
    const wrongTable = { ...mode, handTyped: { 't2:fees:amount': '1' } };
    expect(valid({ ...base, ledger: ledger({ requestsTable: wrongTable }) })).toBe(false);
  });
});
