// Right after a review step, the file to send on: the clerk and the supervisor usually work on two
// computers, and the review travels between them as a draft file. Saying what to do with it at the
// moment it is needed spares them guessing.
import { useState } from 'react';
import type { Report } from '../../report/report-schema';
import { downloadDraft } from '../../ui/download-draft';

const OFFERS = {
  submitted: {
    button: '导出送审文件',
    purpose: '送审',
    say: '请把送审文件发给分管领导审核（微信、邮件或U盘均可）；对方审核后发回的审核结果文件，在“我的报告”页点“导入草稿”即可合并。',
  },
  decided: {
    button: '导出审核结果文件',
    purpose: '审核结果',
    say: '请把审核结果文件发回给提交人；对方在“我的报告”页点“导入草稿”，审核结果和意见就会合并到他的报告中。',
  },
} as const;

export function SendFileOffer(props: {
  readonly report: Report;
  /** Told after the file is handed to the browser: it is also a backup of the report. */
  readonly onSaved?: (report: Report) => void;
}) {
  const { report } = props;
  const [saved, setSaved] = useState('');
  if (report.review.status === 'draft') return null;
  const offer = report.review.status === 'submitted' ? OFFERS.submitted : OFFERS.decided;
  return (
    <div
      role="group"
      aria-label="发送审核文件"
      className="space-y-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950"
    >
      <p>{offer.say}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            const name = downloadDraft(report, offer.purpose);
            setSaved(`已导出“${name}”，请在浏览器的下载位置查找。`);
            props.onSaved?.(report);
          }}
        >
          {offer.button}
        </button>
        <span role="status">{saved}</span>
      </div>
    </div>
  );
}
