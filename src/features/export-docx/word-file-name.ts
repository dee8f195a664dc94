import type { Report } from '../../report/report-schema';
import { safeFileName } from '../../report/safe-file-name';
import { reportTitle } from '../../template/report-title';

/** `{机关名称}{年度}年政府信息公开工作年度报告.docx`, with characters no file system accepts replaced. */
export function wordFileName(report: Pick<Report, 'meta' | 'year'>): string {
  return safeFileName(`${reportTitle(report.meta.agencyName, report.year)}.docx`);
}
