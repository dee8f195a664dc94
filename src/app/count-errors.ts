import { checkStoredReport } from '../report/check-stored-report';
import type { Report } from '../report/report-schema';

/** Errors of a stored report, by the same checks the editor, preview and export run. */
export function countErrors(report: Report): number {
  return checkStoredReport(report).filter((f) => f.severity === 'error').length;
}
