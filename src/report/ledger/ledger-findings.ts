import { getFormat } from '../../template/formats';
import type { Finding } from '../../template/rules/finding';
import { sectionOfTable } from '../../template/rules/section-of-table';
import type { Report } from '../report-schema';
import { countCases } from './count-cases';
import { countRequests } from './count-requests';

/**
 * The ledger rows a followed table does not count, as warnings on its section, so they show in
 * the findings panel with the rest of the checks: a row of another year, or one not filled in
 * enough to be placed, must be seen before the report is approved.
 */
export function ledgerFindings(report: Pick<Report, 'formatId' | 'year' | 'ledger'>): Finding[] {
  const ledger = report.ledger;
  if (!ledger) return [];
  const format = getFormat(report.formatId);
  const out: Finding[] = [];
  const add = (tableId: string, what: string, issues: ReturnType<typeof countCases>['issues']) => {
    for (const issue of issues) {
      out.push({
        key: `W-ledger:${issue.id}`,
        ruleId: 'W-ledger',
        severity: 'warning',
        sectionId: sectionOfTable(format, tableId),
        cells: [],
        field: `ledger.${issue.id}`,
        message: `${what}第 ${issue.position} 条没有计入表格：${issue.message}`,
      });
    }
  };
  if (ledger.requestsTable.follows)
    add(
      format.ledger.requestsTableId,
      '申请台账',
      countRequests(format, report.year, ledger.requests).issues,
    );
  if (ledger.casesTable.follows)
    add(format.ledger.casesTableId, '复议、诉讼案件', countCases(format, ledger.cases).issues);
  return out;
}
