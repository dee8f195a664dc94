// The forms of the review steps: 提交审核 (the submitter's name), and 审核通过 / 退回修改 (the
// reviewer's name, and for a return the comments).
import { useId } from 'react';
import { MAX_PERSON_NAME_LENGTH, type Report } from '../../report/report-schema';
import { approveReport, commentRoom, returnReport, submitForReview } from '../../report/review';
import type { FormatSpec } from '../../template/spec-types';
import { LimitMessage, useTextLimit } from '../../ui/text-limit';
import { ReturnComments } from './return-comments';
import type { ReviewFlow } from './use-review-flow';

/**
 * A name typed in a review form; the form opens from the button just pressed, so it takes the focus.
 * It goes into the review record, whose names the format caps: the cap is said at the field.
 */
function PersonName(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly describedBy?: string;
}) {
  const limitId = `${useId()}-limit`;
  const limit = useTextLimit(props.label.replace(/（.*）$/u, ''), MAX_PERSON_NAME_LENGTH);
  const describedBy = [props.describedBy, limit.message ? limitId : undefined].filter(Boolean).join(' ');
  return (
    <div>
      <label className="flex flex-wrap items-center gap-2">
        <span>{props.label}</span>
        <input
          className="rounded border border-gray-400 px-2 py-1"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          autoComplete="name"
          autoFocus
          {...(props.required ? { 'aria-required': true } : {})}
          {...(describedBy ? { 'aria-describedby': describedBy } : {})}
          {...limit.limitProps}
        />
      </label>
      <LimitMessage id={limitId} message={limit.message} />
    </div>
  );
}

function ConfirmOrCancel(props: { readonly confirm: string; readonly onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className="btn btn-primary">
        {props.confirm}
      </button>
      <button type="button" className="btn" onClick={props.onCancel}>
        取消
      </button>
    </div>
  );
}

export function SubmitForm({ report, flow }: { readonly report: Report; readonly flow: ReviewFlow }) {
  const hint = `${useId()}-submitter-hint`;
  return (
    <form
      className="space-y-3 rounded-md border border-gray-300 p-3"
      aria-label="提交审核"
      onSubmit={(e) => {
        e.preventDefault();
        flow.apply(() => submitForReview(report, flow.submitter, new Date()));
      }}
    >
      <div className="flex flex-wrap items-center gap-2">
        <PersonName
          label="提交人姓名"
          value={flow.submitter}
          onChange={flow.setSubmitter}
          describedBy={hint}
        />
        <span id={hint} className="text-sm text-gray-600">
          写上姓名，审核人和审核记录里能看到是谁提交的
        </span>
      </div>
      <ConfirmOrCancel confirm="确认提交审核" onCancel={flow.cancel} />
    </form>
  );
}

export function DecisionForm(props: {
  readonly report: Report;
  readonly format: FormatSpec;
  readonly flow: ReviewFlow;
  readonly decision: 'approve' | 'return';
}) {
  const { report, flow, decision } = props;
  return (
    <form
      className="space-y-3 rounded-md border border-gray-300 p-3"
      aria-label={decision === 'approve' ? '审核通过' : '退回修改'}
      onSubmit={(e) => {
        e.preventDefault();
        const by = flow.reviewer;
        if (decision === 'approve') flow.apply(() => approveReport(report, { by, now: new Date() }));
        else flow.apply(() => returnReport(report, { by, now: new Date(), comments: flow.comments }));
      }}
    >
      <PersonName
        label={`审核人姓名${decision === 'approve' ? '（必填）' : ''}`}
        value={flow.reviewer}
        onChange={flow.setReviewer}
        required={decision === 'approve'}
      />
      {decision === 'return' && (
        <ReturnComments
          format={props.format}
          comments={flow.comments}
          setComments={flow.setComments}
          room={commentRoom(report)}
        />
      )}
      <ConfirmOrCancel
        confirm={decision === 'approve' ? '确认审核通过' : '确认退回修改'}
        onCancel={flow.cancel}
      />
    </form>
  );
}
