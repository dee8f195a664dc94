import { describe, expect, it } from 'vitest';
import { createReport } from '../create-report';
import { ledgerCase, request } from './fixtures/ledger-rows';
import { ledgerFindings } from './ledger-findings';
import { stopFollowingLedger } from './stop-following-ledger';
import { updateLedger } from './update-ledger';

describe('ledgerFindings', () => {
  const base = createReport({ agencyName: '某镇', year: 2023, formatId: 'format-2021', now: new Date(0) });

  it('warns, on sections 三 and 四, of the rows a followed table does not count', () => {
    const report = updateLedger(base, (l) => ({
      ...l,
      requests: [request(), request({ id: 'late', received: '2024-01-02' })],
      cases: [ledgerCase({ id: 'k', result: '' })],
    }));
    expect(ledgerFindings(report)).toEqual([
      {
        key: 'W-ledger:late',
        ruleId: 'W-ledger',
        severity: 'warning',
        sectionId: 's3',
        cells: [],
        field: 'ledger.late',
        message: '申请台账第 2 条没有计入表格：收到日期 2024-01-02 在 2023 年之后，应计入下一年度',
      },
      expect.objectContaining({
        sectionId: 's4',
        message: '复议、诉讼案件第 1 条没有计入表格：没有选择结果',
      }),
    ]);
  });

  it('says nothing of a table typed by hand, or of a report without a ledger', () => {
    const report = updateLedger(base, (l) => ({ ...l, requests: [request({ received: '' })] }));
    expect(ledgerFindings(stopFollowingLedger(report, 'requestsTable', { restore: true }))).toEqual([]);
    expect(ledgerFindings(base)).toEqual([]);
  });
});
