import { newReportId } from '../report/create-report';
import type { Report } from '../report/report-schema';

/**
 * 复制: the same content under a new id. The copy starts as a draft with no review record: an
 * approval was given to the original, not to the copy.
 */
export function copyReport(report: Report, now: Date = new Date()): Report {
  const at = now.toISOString();
  return {
    ...structuredClone(report),
    id: newReportId(),
    review: { status: 'draft', comments: [], history: [] },
    createdAt: at,
    updatedAt: at,
  };
}
