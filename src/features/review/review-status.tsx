import { REVIEW_STATUS_NAMES, type Report } from '../../report/report-schema';
import { reviewTime } from '../../ui/review-time';

const STATUS_STYLE: Readonly<Record<Report['review']['status'], string>> = {
  draft: 'bg-gray-100 text-gray-800 border-gray-400',
  submitted: 'bg-blue-50 text-blue-900 border-blue-400',
  approved: 'bg-green-50 text-green-900 border-green-500',
  returned: 'bg-amber-50 text-amber-900 border-amber-500',
};

/**
 * The report's review status, who handed it in or approved it and when, and what to do next. The
 * status takes the focus after a step (use-review-flow), so a screen reader announces it.
 */
export function ReviewStatus({ report }: { readonly report: Report }) {
  const status = report.review.status;
  // The last submission is shown while the report waits, so the supervisor sees who handed it in.
  const lastSubmission = [...report.review.history].reverse().find((h) => h.status === 'submitted');
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">审核</h2>
        <p>
          当前状态：
          <strong
            className={`rounded border px-2 py-0.5 ${STATUS_STYLE[status]}`}
            data-testid="review-status"
            tabIndex={-1}
          >
            {REVIEW_STATUS_NAMES[status]}
          </strong>
        </p>
        {status === 'submitted' && lastSubmission && (
          <p className="text-sm text-blue-900">
            {lastSubmission.by ? `提交人：${lastSubmission.by}，` : ''}提交时间：
            {reviewTime(lastSubmission.at)}
          </p>
        )}
        {status === 'approved' && (
          <p className="text-sm text-green-900">
            审核人：{report.review.approvedBy}，审核时间：{reviewTime(report.review.approvedAt)}
          </p>
        )}
      </div>
      <p className="text-sm text-gray-600">
        {status === 'draft' && '报告写好并检查无误后，请点“提交审核”交给分管领导或党政办主任审核。'}
        {status === 'submitted' && '报告已提交，等待审核：审核人可以“审核通过”，或写明意见后“退回修改”。'}
        {status === 'returned' && '报告被退回，请按审核意见修改后重新提交审核。'}
        {status === 'approved' &&
          '报告已审核通过，可以导出 Word 文件。如再修改报告，状态会回到草稿，需要重新审核。'}
      </p>
    </>
  );
}
