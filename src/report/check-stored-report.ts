import { getFormat } from '../template/formats';
import { checkReport } from '../template/rules/check-report';
import type { Finding, LastYear, ReportContent } from '../template/rules/finding';
import type { Ledger } from './ledger/ledger-schema';
import { ledgerFindings } from './ledger/ledger-findings';

/**
 * Every finding on a report, by the rules of its own format, with R5 checked against the last
 * year's figures the report carries, and the ledger rows that a table following the ledger
 * does not count. The editor, the preview, the Word export and the start
 * screen all check through here, so they never disagree. `today` is for tests; the format-by-year
 * check reads the clock otherwise.
 */
export function checkStoredReport(
  report: ReportContent & { readonly lastYear?: LastYear | undefined; readonly ledger?: Ledger | undefined },
  today?: Date,
): Finding[] {
  return [
    ...checkReport(getFormat(report.formatId), report, {
      ...(report.lastYear ? { lastYear: report.lastYear } : {}),
      ...(today ? { today } : {}),
    }),
    // The ledger rows a followed table does not count: warnings, so they are seen before approval.
    ...ledgerFindings(report),
  ];
}
