// A gentle reminder in the editor while a report has never been saved to a draft file:
// the browser may clear its storage (persist-storage.ts), and a draft file is the only copy that
// survives that. Its button saves the same file as the header's 导出草稿; it has its own name so
// that the header button stays the one 导出草稿 on the page.
import { useState } from 'react';
import { downloadDraft } from '../ui/download-draft';
import type { Report } from '../report/report-schema';

export function BackupReminder({
  getReport,
  onExported,
}: {
  readonly getReport: () => Report;
  readonly onExported: (report: Report) => void;
}) {
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <div
      role="note"
      aria-label="备份提醒"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950"
    >
      <span className="flex-1">
        这份报告还没有备份过。报告只保存在本浏览器中，清理浏览器数据后将无法找回，建议另存一份草稿文件。
      </span>
      <button
        type="button"
        className="btn btn-small btn-primary"
        onClick={() => {
          const report = getReport();
          downloadDraft(report);
          onExported(report);
        }}
      >
        立即备份
      </button>
      <button type="button" className="btn btn-small" onClick={() => setHidden(true)}>
        稍后提醒
      </button>
    </div>
  );
}
