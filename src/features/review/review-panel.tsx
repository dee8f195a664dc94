// 审核 (issue 5): the report's status (草稿 → 待审核 → 已审核 / 退回修改), the buttons the status
// allows, the supervisor's comments attached to sections, and the history of every step. The
// transitions themselves are the pure functions of src/report/review.ts.
import { useEffect, useId, useRef, useState } from 'react';
import { REVIEW_STATUS_NAMES, type Report } from '../../report/report-schema';
import {
  ReviewTransitionError,
  approveReport,
  resolveComment,
  returnReport,
  reviewActions,
  submitForReview,
} from '../../report/review';
import { getFormat } from '../../template/formats';
import { partTitle, partTitles } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';
import { reviewTime } from './review-time';

type Mode = 'idle' | 'submit' | 'approve' | 'return';
interface DraftComment {
  readonly key: number;
  readonly sectionId: PartId;
  readonly text: string;
}

const STATUS_STYLE: Readonly<Record<Report['review']['status'], string>> = {
  draft: 'bg-gray-100 text-gray-800 border-gray-400',
  submitted: 'bg-blue-50 text-blue-900 border-blue-400',
  approved: 'bg-green-50 text-green-900 border-green-500',
  returned: 'bg-amber-50 text-amber-900 border-amber-500',
};

/** A name typed in a review form; the form opens from the button just pressed, so it takes the focus. */
function PersonName(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly required?: boolean;
  readonly describedBy?: string;
}) {
  return (
    <label className="flex flex-wrap items-center gap-2">
      <span>{props.label}</span>
      <input
        className="rounded border border-gray-400 px-2 py-1"
        value={props.value}
        maxLength={60}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete="name"
        autoFocus
        {...(props.required ? { 'aria-required': true } : {})}
        {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
      />
    </label>
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

export function ReviewPanel(props: { readonly report: Report; readonly onChange: (next: Report) => void }) {
  const { report } = props;
  const ids = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const section = useRef<HTMLElement>(null);
  // Where the focus goes when a form closes: back to the button that opened it (取消), or to the
  // new status (a step taken), so a keyboard or screen-reader user is not left on the page body.
  const focusNext = useRef<
    { readonly to: 'opener'; readonly action: Mode } | { readonly to: 'status' } | null
  >(null);
  useEffect(() => {
    if (mode !== 'idle' || !focusNext.current) return;
    const next = focusNext.current;
    focusNext.current = null;
    const target =
      next.to === 'status'
        ? section.current?.querySelector<HTMLElement>('[data-testid="review-status"]')
        : section.current?.querySelector<HTMLElement>(`[data-review-action="${next.action}"]`);
    target?.focus();
  }, [mode]);
  const open = (next: Mode) => {
    setMode(next);
    setError('');
  };
  const cancel = () => {
    focusNext.current = { to: 'opener', action: mode };
    setMode('idle');
    setError('');
  };
  const [reviewer, setReviewer] = useState('');
  const [comments, setComments] = useState<readonly DraftComment[]>([{ key: 1, sectionId: 's1', text: '' }]);
  const [error, setError] = useState('');
  const actions = reviewActions(report);
  const status = report.review.status;
  const format = getFormat(report.formatId);
  const choices = partTitles(format);
  // The last submission: its name is offered again (the same clerk usually resubmits after a
  // return) and shown while the report waits, so the supervisor sees who handed it in.
  const lastSubmission = [...report.review.history].reverse().find((h) => h.status === 'submitted');
  const [submitter, setSubmitter] = useState(lastSubmission?.by ?? '');

  const apply = (step: () => Report) => {
    try {
      props.onChange(step());
      focusNext.current = { to: 'status' };
      setMode('idle');
      setError('');
      setComments([{ key: 1, sectionId: 's1', text: '' }]);
    } catch (e) {
      // Transitions explain a refusal in Chinese; anything else is a bug and is rethrown.
      if (e instanceof ReviewTransitionError) setError(e.message);
      else throw e;
    }
  };
  const updateComment = (key: number, patch: Partial<DraftComment>) =>
    setComments((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c)));

  return (
    <section
      ref={section}
      aria-label="审核"
      className="space-y-3 rounded-lg border border-gray-300 bg-white p-4"
    >
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

      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          {actions.submit && (
            <button
              type="button"
              className="btn btn-primary"
              data-review-action="submit"
              onClick={() => open('submit')}
            >
              提交审核
            </button>
          )}
          {actions.approve && (
            <button
              type="button"
              className="btn btn-primary"
              data-review-action="approve"
              onClick={() => open('approve')}
            >
              审核通过
            </button>
          )}
          {actions.return && (
            <button type="button" className="btn" data-review-action="return" onClick={() => open('return')}>
              退回修改
            </button>
          )}
        </div>
      )}

      {mode === 'submit' && (
        <form
          className="space-y-3 rounded-md border border-gray-300 p-3"
          aria-label="提交审核"
          onSubmit={(e) => {
            e.preventDefault();
            apply(() => submitForReview(report, submitter, new Date()));
          }}
        >
          <div className="flex flex-wrap items-center gap-2">
            <PersonName
              label="提交人姓名"
              value={submitter}
              onChange={setSubmitter}
              describedBy={`${ids}-submitter-hint`}
            />
            <span id={`${ids}-submitter-hint`} className="text-sm text-gray-600">
              写上姓名，审核人和审核记录里能看到是谁提交的
            </span>
          </div>
          <ConfirmOrCancel confirm="确认提交审核" onCancel={cancel} />
        </form>
      )}

      {(mode === 'approve' || mode === 'return') && (
        <form
          className="space-y-3 rounded-md border border-gray-300 p-3"
          aria-label={mode === 'approve' ? '审核通过' : '退回修改'}
          onSubmit={(e) => {
            e.preventDefault();
            if (mode === 'approve') apply(() => approveReport(report, { by: reviewer, now: new Date() }));
            else apply(() => returnReport(report, { by: reviewer, now: new Date(), comments }));
          }}
        >
          <PersonName
            label={`审核人姓名${mode === 'approve' ? '（必填）' : ''}`}
            value={reviewer}
            onChange={setReviewer}
            required={mode === 'approve'}
          />
          {mode === 'return' && (
            <fieldset className="space-y-2">
              <legend className="font-medium">修改意见（每条意见对应报告的一个部分）</legend>
              {comments.map((c, i) => (
                <div key={c.key} className="flex flex-wrap items-start gap-2">
                  <label htmlFor={`${ids}-s-${c.key}`} className="sr-only">
                    第 {i + 1} 条意见所在部分
                  </label>
                  <select
                    id={`${ids}-s-${c.key}`}
                    className="rounded border border-gray-400 px-2 py-1"
                    value={c.sectionId}
                    onChange={(e) => updateComment(c.key, { sectionId: e.target.value as PartId })}
                  >
                    {choices.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${ids}-t-${c.key}`} className="sr-only">
                    第 {i + 1} 条修改意见
                  </label>
                  <textarea
                    id={`${ids}-t-${c.key}`}
                    className="min-h-16 flex-1 rounded border border-gray-400 px-2 py-1"
                    value={c.text}
                    maxLength={5000}
                    onChange={(e) => updateComment(c.key, { text: e.target.value })}
                  />
                  {comments.length > 1 && (
                    <button
                      type="button"
                      className="btn"
                      onClick={() => setComments((list) => list.filter((x) => x.key !== c.key))}
                    >
                      删除这条
                    </button>
                  )}
                </div>
              ))}
              <button
                type="button"
                className="btn"
                onClick={() =>
                  setComments((list) => [
                    ...list,
                    { key: Math.max(0, ...list.map((x) => x.key)) + 1, sectionId: 's1', text: '' },
                  ])
                }
              >
                再加一条意见
              </button>
            </fieldset>
          )}
          <ConfirmOrCancel confirm={mode === 'approve' ? '确认审核通过' : '确认退回修改'} onCancel={cancel} />
        </form>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}

      {report.review.comments.length > 0 && (
        <div>
          <h3 className="font-medium">审核意见</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {report.review.comments.map((c) => (
              <li key={c.id} className={c.resolved ? 'text-gray-500' : ''}>
                <span className="font-medium">{partTitle(format, c.sectionId)}</span>：
                <span className="whitespace-pre-wrap">{c.text}</span>（{c.author || '审核人'}，
                {reviewTime(c.at)}）
                {c.resolved ? (
                  ' 已修改'
                ) : (
                  <button
                    type="button"
                    className="btn btn-small ml-2"
                    onClick={() => props.onChange(resolveComment(report, c.id))}
                  >
                    标记为已修改
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {report.review.history.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm">审核记录（{report.review.history.length} 条）</summary>
          <ol className="mt-1 list-decimal pl-6 text-sm" aria-label="审核记录">
            {report.review.history.map((h, i) => (
              <li key={i}>
                {reviewTime(h.at)} · {REVIEW_STATUS_NAMES[h.status]}
                {h.by ? ` · ${h.by}` : ''} · {h.note}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
