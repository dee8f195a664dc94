import type { Report } from '../../report/report-schema';
import { reportTitle } from '../../template/report-title';

/** `{机关名称}{年度}年政府信息公开工作年度报告.docx`, with characters no file system accepts replaced. */
export function wordFileName(report: Pick<Report, 'meta' | 'year'>): string {
  const title = reportTitle(report.meta.agencyName, report.year)
    .replace(/[\\/:*?"<>|]/g, '_')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f]/g, '_');
  return `${title}.docx`;
}
