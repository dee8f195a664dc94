import { useState } from 'react';
import type { Report } from '../../report/report-schema';
import { downloadDraft } from '../../ui/download-draft';

/**
 * 导出草稿: saves the report as a versioned JSON file, to hand to a supervisor or keep as a backup.
 * `getReport` is read at the click, so the file holds what is typed at that moment.
 */
export function ExportDraftButton(props: {
  readonly getReport: () => Report;
  /** Told after the file is handed to the browser (the app records the time of the last backup). */
  readonly onExported?: (report: Report) => void;
}) {
  const [done, setDone] = useState('');
  const save = () => {
    const report = props.getReport();
    const name = downloadDraft(report);
    setDone(`已导出草稿文件“${name}”，请在浏览器的下载位置查找。`);
    props.onExported?.(report);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={save} className="btn">
        导出草稿
      </button>
      <span role="status" className="text-sm text-gray-600">
        {done}
      </span>
    </span>
  );
}
