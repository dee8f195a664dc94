import { describe, expect, it } from 'vitest';
import { createReport } from '../create-report';
import { reportCells } from '../report-cells';
import { reportSchema, type Report } from '../report-schema';
import { applyLedgerImport } from './apply-ledger-import';
import { ledgerCase, request } from './fixtures/ledger-rows';
import { followLedger } from './follow-ledger';
import { stopFollowingLedger } from './stop-following-ledger';
import { syncLedgerCells } from './sync-ledger-cells';
import { updateLedger } from './update-ledger';

const base = createReport({
  agencyName: '某镇人民政府',
  year: 2023,
  formatId: 'format-2021',
  now: new Date(0),
});
const typed: Report = {
  ...base,
  cells: { 't3:new:natural': '7', 't3:open:natural': '5', 't2:fees:amount': '0' },
};
const cell = (r: Report, id: string) => reportCells(r)[id];

function imported(report: Report, requests = [request({ outcome: 'open', done: '2023-04-01' })]): Report {
  const result = applyLedgerImport(report, { requests }, 'replace');
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

describe('switching table 三 between the ledger and typing', () => {
  it('takes the table over when the ledger gets its first rows, keeping the typed figures aside', () => {
    const report = imported(typed);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.ledger?.requestsTable).toEqual({
      follows: true,
      typedByChoice: false,
      handTyped: { 't3:new:natural': '7', 't3:open:natural': '5' },
    });
    expect(cell(report, 't3:new:natural')).toBe('1');
    expect(cell(report, 't3:carried:legal')).toBe('0');
    // Other tables are left alone; table 四 has no cases, so it is still typed.
    expect(cell(report, 't2:fees:amount')).toBe('0');
    expect(report.ledger?.casesTable.follows).toBe(false);
  });

  it('不使用台账 offers the typed figures back, or keeps the counted ones to edit; neither loses anything', () => {
    const following = imported(typed);
    const restored = stopFollowingLedger(following, 'requestsTable', { restore: true });
    expect(cell(restored, 't3:new:natural')).toBe('7');
    expect(cell(restored, 't3:open:natural')).toBe('5');
    expect(cell(restored, 't3:carried:legal')).toBeUndefined();
    expect(restored.ledger?.requestsTable).toEqual({ follows: false, typedByChoice: true });
    expect(restored.ledger?.requests).toEqual(following.ledger?.requests);

    const kept = stopFollowingLedger(following, 'requestsTable', { restore: false });
    expect(cell(kept, 't3:new:natural')).toBe('1');
    expect(kept.ledger?.requestsTable.handTyped).toEqual({ 't3:new:natural': '7', 't3:open:natural': '5' });

    // Back to the ledger without typing anything: the figures kept aside are still the first ones.
    const again = followLedger(kept, 'requestsTable');
    expect(again.ledger?.requestsTable.handTyped).toEqual({ 't3:new:natural': '7', 't3:open:natural': '5' });
    // Typed over since: those newer figures are the ones kept aside.
    const edited = { ...kept, cells: { ...kept.cells, 't3:new:natural': '9' } };
    expect(followLedger(edited, 'requestsTable').ledger?.requestsTable.handTyped).toMatchObject({
      't3:new:natural': '9',
    });
    expect(reportSchema.safeParse(again).success).toBe(true);
  });

  it('after 不使用台账, new rows leave the typed table alone until the clerk follows the ledger again', () => {
    const stopped = stopFollowingLedger(imported(typed), 'requestsTable', { restore: true });
    const emptied = updateLedger(stopped, (l) => ({ ...l, requests: [] }));
    const more = updateLedger(emptied, (l) => ({ ...l, requests: [request()] }));
    expect(more.ledger?.requestsTable.follows).toBe(false);
    expect(cell(more, 't3:new:natural')).toBe('7');
  });

  it('counts again after every change, and returns the same report when nothing changes', () => {
    const report = imported(typed);
    const added = updateLedger(report, (l) => ({ ...l, requests: [...l.requests, request()] }));
    expect(cell(added, 't3:new:natural')).toBe('2');
    expect(cell(added, 't3:carry-forward:natural')).toBe('1');
    expect(syncLedgerCells(added)).toBe(added);
    expect(syncLedgerCells(base)).toBe(base);
  });

  it('table 四 follows its case list the same way', () => {
    const withCases = applyLedgerImport(
      { ...base, cells: { 't4:all:review-upheld': '3' } },
      { cases: [ledgerCase({ type: 'after', result: 'pending' })] },
      'append',
    );
    if (!withCases.ok) throw new Error(withCases.reason);
    const r = withCases.report;
    expect(r.ledger?.casesTable).toMatchObject({ follows: true, handTyped: { 't4:all:review-upheld': '3' } });
    expect(cell(r, 't4:all:review-upheld')).toBe('0');
    expect(cell(r, 't4:all:after-pending')).toBe('1');
    expect(r.ledger?.requestsTable.follows).toBe(false);
    expect(cell(r, 't3:new:natural')).toBeUndefined();
  });
});

describe('applyLedgerImport', () => {
  it('replaces or appends the file’s rows, and leaves a list the file does not hold', () => {
    const first = imported(base, [request({ id: 'a' })]);
    const withCase = applyLedgerImport(first, { cases: [ledgerCase({ id: 'k' })] }, 'replace');
    if (!withCase.ok) throw new Error(withCase.reason);
    expect(withCase.report.ledger?.requests.map((r) => r.id)).toEqual(['a']);
    const appended = applyLedgerImport(withCase.report, { requests: [request({ id: 'b' })] }, 'append');
    if (!appended.ok) throw new Error(appended.reason);
    expect(appended.report.ledger?.requests.map((r) => r.id)).toEqual(['a', 'b']);
    expect(appended.report.ledger?.cases.map((c) => c.id)).toEqual(['k']);
  });

  it('refuses a result over the limit, changing nothing', () => {
    const many = Array.from({ length: 5001 }, () => request());
    expect(applyLedgerImport(base, { requests: many }, 'replace')).toEqual({
      ok: false,
      reason: '台账最多 5000 条申请，导入后将有 5001 条',
    });
  });
});
