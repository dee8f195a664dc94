import type { Report } from '../../report/report-schema';
import { safeFileName } from '../../report/safe-file-name';
import { reportTitle } from '../../template/report-title';

/** What the name of a file exported before the supervisor's approval carries, so no one publishes it by mistake. */
const UNAPPROVED_MARK = '（送审稿）';

/**
 * `{机关名称}{年度}年政府信息公开工作年度报告.docx`, with `（送审稿）` before the extension while the
 * report is not 已审核, and the characters no file system accepts replaced.
 */
export function wordFileName(report: Pick<Report, 'meta' | 'year' | 'review'>): string {
  const mark = report.review.status === 'approved' ? '' : UNAPPROVED_MARK;
  return safeFileName(`${reportTitle(report.meta.agencyName, report.year)}${mark}.docx`);
}
