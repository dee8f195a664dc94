import type { Report } from '../report-schema';
import { MAX_LEDGER_CASES, MAX_LEDGER_REQUESTS, type LedgerCase, type LedgerRequest } from './ledger-schema';
import { updateLedger } from './update-ledger';

/** What a file held, read in full (readLedgerFile): a list is absent when the file has no sheet of it. */
interface LedgerImport {
  readonly requests?: readonly LedgerRequest[];
  readonly cases?: readonly LedgerCase[];
}

type LedgerImportResult =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly reason: string };

/**
 * Applies a read file to the report in one step: `replace` puts the file's rows in place of the
 * ledger's (a list the file does not hold is left as it is), `append` adds them after the ledger's.
 * A file is only ever applied whole: readLedgerFile refuses a file with any unreadable row, and
 * this refuses a result over the ledger's limits, leaving the report as it was.
 */
export function applyLedgerImport(
  report: Report,
  imported: LedgerImport,
  mode: 'replace' | 'append',
): LedgerImportResult {
  const ledger = report.ledger;
  const keep = mode === 'append';
  const requests = [...(keep ? (ledger?.requests ?? []) : []), ...(imported.requests ?? [])];
  const cases = [...(keep ? (ledger?.cases ?? []) : []), ...(imported.cases ?? [])];
  if (requests.length > MAX_LEDGER_REQUESTS)
    return { ok: false, reason: `台账最多 ${MAX_LEDGER_REQUESTS} 条申请，导入后将有 ${requests.length} 条` };
  if (cases.length > MAX_LEDGER_CASES)
    return { ok: false, reason: `案件最多 ${MAX_LEDGER_CASES} 件，导入后将有 ${cases.length} 件` };
  return {
    ok: true,
    report: updateLedger(report, (l) => ({
      ...l,
      requests: imported.requests ? requests : l.requests,
      cases: imported.cases ? cases : l.cases,
    })),
  };
}
