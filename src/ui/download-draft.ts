import { draftFileName, serializeDraft } from '../report/draft-file';
import type { Report } from '../report/report-schema';
import { downloadBlob } from './download-blob';

/**
 * Saves the report as a draft file (`{机关名称}{年度}年报告草稿.json`) and returns the file's name.
 * Every way of saving one goes through here: the header's 导出草稿, the backup reminder, and the
 * way out when the browser's storage fails, and the files a review sends between two computers.
 */
export function downloadDraft(report: Report, purpose?: '送审' | '审核结果'): string {
  const name = draftFileName(report, purpose);
  downloadBlob(new Blob([serializeDraft(report)], { type: 'application/json' }), name);
  return name;
}
