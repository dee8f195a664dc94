import { inputCellIds } from '../../template/content-schema';
import { getFormat } from '../../template/formats';
import type { Report } from '../report-schema';
import { countCases } from './count-cases';
import { countRequests } from './count-requests';
import { emptyLedger } from './empty-ledger';
import type { LedgerTableKey } from './ledger-schema';
import { tableOfMode } from './table-of-mode';

/**
 * 使用台账: table 三 (`requestsTable`) or table 四 (`casesTable`) follows the ledger from now on.
 * Its cells become the counted figures. What the clerk had typed there is kept aside in the
 * ledger (`handTyped`), to be offered back by 不使用台账: it replaces what was kept before only
 * when it holds figures the ledger does not give, so figures typed by hand are never thrown away
 * for the ledger's own.
 */
export function followLedger(report: Report, key: LedgerTableKey): Report {
  const format = getFormat(report.formatId);
  const ledger = report.ledger ?? emptyLedger();
  const tableId = tableOfMode(format, key);
  const counted =
    key === 'requestsTable'
      ? countRequests(format, report.year, ledger.requests).cells
      : countCases(format, ledger.cases).cells;
  const cells: Record<string, string | undefined> = { ...report.cells };
  const typed: Record<string, string> = {};
  for (const id of inputCellIds(format)) {
    if (!id.startsWith(`${tableId}:`)) continue;
    const value = cells[id];
    if (value !== undefined && value.trim() !== '') typed[id] = value;
    cells[id] = counted[id];
  }
  const mode = ledger[key];
  const ownFigures = Object.entries(typed).some(([id, v]) => v !== counted[id]);
  const handTyped = ownFigures ? typed : mode.handTyped;
  return {
    ...report,
    cells,
    ledger: {
      ...ledger,
      [key]: { follows: true, typedByChoice: false, ...(handTyped ? { handTyped } : {}) },
    },
  };
}
