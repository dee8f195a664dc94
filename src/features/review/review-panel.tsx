// 审核: the report's status (草稿 → 待审核 → 已审核 / 退回修改), the buttons the status allows,
// the supervisor's comments attached to sections, and the history of every step. The transitions
// themselves are the pure functions of src/report/review.ts; the panel's state is use-review-flow.
import { useRef } from 'react';
import type { Report } from '../../report/report-schema';
import { reviewActions } from '../../report/review';
import { getFormat } from '../../template/formats';
import type { PartId } from '../../template/section-ids';
import { DecisionForm, SubmitForm } from './review-forms';
import { ReviewComments, ReviewHistory } from './review-record';
import { ReviewStatus } from './review-status';
import { SendFileOffer } from './send-file-offer';
import { useReviewFlow } from './use-review-flow';

export function ReviewPanel(props: {
  readonly report: Report;
  readonly onChange: (next: Report) => void;
  /** Told when a review file is saved: it is a backup of the report too. */
  readonly onFileSaved?: (report: Report) => void;
  /** Where a comment's section opens in the editor. */
  readonly hrefFor?: (sectionId: PartId) => string;
}) {
  const { report } = props;
  const section = useRef<HTMLElement>(null);
  const lastSubmitter = [...report.review.history].reverse().find((h) => h.status === 'submitted')?.by ?? '';
  const flow = useReviewFlow({ section, onChange: props.onChange, lastSubmitter });
  const actions = reviewActions(report);
  const format = getFormat(report.formatId);
  const { mode } = flow;

  return (
    <section
      ref={section}
      aria-label="审核"
      className="space-y-3 rounded-lg border border-gray-300 bg-white p-4"
    >
      <ReviewStatus report={report} />

      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          {actions.submit && (
            <button
              type="button"
              className="btn btn-primary"
              data-review-action="submit"
              onClick={() => flow.open('submit')}
            >
              提交审核
            </button>
          )}
          {actions.approve && (
            <button
              type="button"
              className="btn btn-primary"
              data-review-action="approve"
              onClick={() => flow.open('approve')}
            >
              审核通过
            </button>
          )}
          {actions.return && (
            <button
              type="button"
              className="btn"
              data-review-action="return"
              onClick={() => flow.open('return')}
            >
              退回修改
            </button>
          )}
        </div>
      )}

      {mode === 'idle' && flow.stepped && (
        <SendFileOffer report={flow.stepped} {...(props.onFileSaved ? { onSaved: props.onFileSaved } : {})} />
      )}

      {mode === 'submit' && <SubmitForm report={report} flow={flow} />}
      {(mode === 'approve' || mode === 'return') && (
        <DecisionForm report={report} format={format} flow={flow} decision={mode} />
      )}
      {flow.error && (
        <p role="alert" className="text-sm text-red-700">
          {flow.error}
        </p>
      )}

      <ReviewComments report={report} format={format} onChange={props.onChange} hrefFor={props.hrefFor} />
      <ReviewHistory history={report.review.history} />
    </section>
  );
}
