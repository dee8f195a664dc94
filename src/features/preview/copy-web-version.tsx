import { useState } from 'react';
import type { Report } from '../../report/report-schema';
import { reportWebPage } from '../../report/report-web-page';
import { safeFileName } from '../../report/safe-file-name';
import { reportTitle } from '../../template/report-title';
import { downloadBlob } from '../../ui/download-blob';

/**
 * 复制网页版 and 下载网页版: the report as clean HTML for the portal's editor, with the official
 * merges and inline styles only (reportWebPage), put on the clipboard as text/html and text/plain,
 * or saved as a .html file to upload. Pasting Word into a portal editor is what breaks the tables
 * of published reports.
 */
export function CopyWebVersion(props: { readonly report: Report }) {
  const [status, setStatus] = useState('');

  async function copy(): Promise<void> {
    const web = reportWebPage(props.report);
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([web.fragment], { type: 'text/html' }),
          'text/plain': new Blob([web.text], { type: 'text/plain' }),
        }),
      ]);
      setStatus('已复制网页版：在门户网站编辑器中粘贴即可，表格合并单元格保持原样。');
    } catch {
      setStatus('浏览器不允许写入剪贴板，请改用“下载网页版”，在编辑器中打开或上传该文件。');
    }
  }

  function download(): void {
    const web = reportWebPage(props.report);
    const { meta, year, review } = props.report;
    // Like the Word file, a page saved before approval says so in its name.
    const mark = review.status === 'approved' ? '' : '（送审稿）';
    const name = safeFileName(`${reportTitle(meta.agencyName, year)}${mark}.html`);
    downloadBlob(new Blob([web.page], { type: 'text/html;charset=utf-8' }), name);
    setStatus('已下载网页版。');
  }

  return (
    <>
      <button type="button" onClick={() => void copy()}>
        复制网页版
      </button>
      <button type="button" onClick={download}>
        下载网页版
      </button>
      {/* Shown once there is something to say, so the preview's findings summary stays its first status. */}
      {status && (
        <span role="status" className="rp-hint">
          {status}
        </span>
      )}
    </>
  );
}
