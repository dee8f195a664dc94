// What the review has left on the report: the supervisor's comments (each can be marked as dealt
// with) and the history of every step.
import { REVIEW_STATUS_NAMES, type Report } from '../../report/report-schema';
import { resolveComment } from '../../report/review';
import { partTitle } from '../../template/part-titles';
import type { FormatSpec } from '../../template/spec-types';
import { reviewTime } from '../../ui/review-time';

export function ReviewComments(props: {
  readonly report: Report;
  readonly format: FormatSpec;
  readonly onChange: (next: Report) => void;
}) {
  const { report } = props;
  if (report.review.comments.length === 0) return null;
  return (
    <div>
      <h3 className="font-medium">审核意见</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {report.review.comments.map((c) => (
          <li key={c.id} className={c.resolved ? 'text-gray-500' : ''}>
            <span className="font-medium">{partTitle(props.format, c.sectionId)}</span>：
            <span className="whitespace-pre-wrap">{c.text}</span>（{c.author || '审核人'}，{reviewTime(c.at)}
            ）
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
