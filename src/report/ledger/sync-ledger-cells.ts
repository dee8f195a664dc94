import { getFormat } from '../../template/formats';
import type { Report } from '../report-schema';
import { countCases } from './count-cases';
import { countRequests } from './count-requests';

/**
 * The report with the cells of every table that follows its ledger counted again from the ledger.
 * Call it after any change to the ledger. Returns the same object when no cell changes, so a caller
 * can tell that there is nothing to save or re-render.
 */
export function syncLedgerCells(report: Report): Report {
  const ledger = report.ledger;
  if (!ledger) return report;
  const format = getFormat(report.formatId);
  const counted: Record<string, string> = {
    ...(ledger.requestsTable.follows ? countRequests(format, report.year, ledger.requests).cells : {}),
    ...(ledger.casesTable.follows ? countCases(format, ledger.cases).cells : {}),
  };
  const cells: Readonly<Record<string, string | undefined>> = report.cells;
  if (Object.entries(counted).every(([id, v]) => cells[id] === v)) return report;
  return { ...report, cells: { ...cells, ...counted } };
}
