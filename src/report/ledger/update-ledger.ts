import type { Report } from '../report-schema';
import { emptyLedger } from './empty-ledger';
import { followLedger } from './follow-ledger';
import type { Ledger } from './ledger-schema';
import { syncLedgerCells } from './sync-ledger-cells';

/**
 * The report with its ledger changed by `change` (a row added, edited, removed, or an import
 * applied), and the tables that follow the ledger counted again. A table whose list gets its first
 * rows starts following the ledger, as a clerk who keeps one expects, unless the clerk chose
 * 不使用台账 for it; its hand-typed figures are then kept aside (followLedger).
 */
export function updateLedger(report: Report, change: (ledger: Ledger) => Ledger): Report {
  const before = report.ledger ?? emptyLedger();
  const after = change(before);
  let next: Report = { ...report, ledger: after };
  const starts = (key: 'requestsTable' | 'casesTable', had: number, has: number) =>
    !after[key].follows && !after[key].typedByChoice && had === 0 && has > 0;
  if (starts('requestsTable', before.requests.length, after.requests.length))
    next = followLedger(next, 'requestsTable');
  if (starts('casesTable', before.cases.length, after.cases.length)) next = followLedger(next, 'casesTable');
  return syncLedgerCells(next);
}
