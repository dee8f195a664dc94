import type { Report } from '../report/report-schema';
import { getFormat } from '../template/formats';
import { checkReport } from '../template/rules/check-report';
import type { ReportContent } from '../template/rules/finding';

/** Errors of a stored report, by the same checks the editor, preview and export run. */
export function countErrors(report: Report, today?: Date): number {
  const findings = checkReport(getFormat(report.formatId), report as ReportContent, {
    ...(report.lastYear ? { lastYear: report.lastYear } : {}),
    ...(today ? { today } : {}),
  });
  return findings.filter((f) => f.severity === 'error').length;
}
