import { useState } from 'react';
import { draftFileName, serializeDraft } from '../../report/draft-file';
import type { Report } from '../../report/report-schema';
import { downloadBlob } from '../../ui/download-blob';

/**
 * 导出草稿 (issue 5): saves the report as a versioned JSON file, `{机关名称}{年度}年报告草稿.json`,
 * to hand to a supervisor or keep as a backup. `getReport` is read at the click, so the file holds
 * what is typed at that moment.
 */
export function ExportDraftButton(props: {
  readonly getReport: () => Report;
  readonly className?: string;
  /** Told after the file is handed to the browser (the app records the time of the last backup). */
  readonly onExported?: (report: Report) => void;
}) {
  const [done, setDone] = useState('');
  const save = () => {
    const report = props.getReport();
    const name = draftFileName(report);
    downloadBlob(new Blob([serializeDraft(report)], { type: 'application/json' }), name);
    setDone(`已导出草稿文件“${name}”，请在浏览器的下载位置查找。`);
    props.onExported?.(report);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={save}
        className={props.className ?? 'rounded-md border border-gray-400 bg-white px-3 py-1.5 text-sm'}
      >
        导出草稿
      </button>
      <span role="status" className="text-sm text-gray-600">
        {done}
      </span>
    </span>
  );
}
