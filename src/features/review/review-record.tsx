// What the review has left on the report: the supervisor's comments (each can be marked as dealt
// with, and leads to its section) and the history of every step.
import { currentComments, earlierComments } from '../../report/current-comments';
import { REVIEW_STATUS_NAMES, type Report, type ReviewComment } from '../../report/report-schema';
import { resolveComment } from '../../report/review';
import { partTitle } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';
import type { FormatSpec } from '../../template/spec-types';
import { reviewTime } from '../../ui/review-time';
import { CommentText } from './comment-text';

function CommentPlace(props: {
  readonly format: FormatSpec;
  readonly comment: ReviewComment;
  readonly hrefFor: ((sectionId: PartId) => string) | undefined;
}) {
  const title = partTitle(props.format, props.comment.sectionId);
  return props.hrefFor ? (
    <a className="font-medium text-sky-800 underline" href={props.hrefFor(props.comment.sectionId)}>
      {title}
    </a>
  ) : (
    <span className="font-medium">{title}</span>
  );
}

export function ReviewComments(props: {
  readonly report: Report;
  readonly format: FormatSpec;
  readonly onChange: (next: Report) => void;
  /** Where a comment's section opens in the editor; without it the section is only named. */
  readonly hrefFor?: ((sectionId: PartId) => string) | undefined;
}) {
  const { report } = props;
  const shown = currentComments(report.review);
  const earlier = earlierComments(report.review);
  if (shown.length === 0 && earlier.length === 0) return null;
  return (
    <div>
      {shown.length > 0 && (
        <>
          <h3 className="font-medium">审核意见</h3>
          <ul className="mt-1 space-y-1 text-sm" aria-label="审核意见">
            {shown.map((c) => (
              <li key={c.id}>
                <CommentPlace format={props.format} comment={c} hrefFor={props.hrefFor} />：
                <CommentText comment={c} />（{c.author || '审核人'}，{reviewTime(c.at)}）
                {!c.resolved && (
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
        </>
      )}
      {earlier.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm">以往审核中已修改的意见（{earlier.length} 条）</summary>
          <ul className="mt-1 space-y-1 text-sm text-gray-600">
            {earlier.map((c) => (
              <li key={c.id}>
                {partTitle(props.format, c.sectionId)}：<CommentText comment={c} />（{c.author || '审核人'}，
                {reviewTime(c.at)}）
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function ReviewHistory({ history }: { readonly history: Report['review']['history'] }) {
  if (history.length === 0) return null;
  return (
    <details>
      <summary className="cursor-pointer text-sm">审核记录（{history.length} 条）</summary>
      <ol className="mt-1 list-decimal pl-6 text-sm" aria-label="审核记录">
        {history.map((h, i) => (
          <li key={i}>
            {reviewTime(h.at)} · {REVIEW_STATUS_NAMES[h.status]}
            {h.by ? ` · ${h.by}` : ''} · {h.note}
          </li>
        ))}
      </ol>
    </details>
  );
}
