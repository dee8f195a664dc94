import { currentComments } from '../../report/current-comments';
import type { Report } from '../../report/report-schema';
import { resolveComment } from '../../report/review';
import type { PartId } from '../../template/section-ids';
import { reviewTime } from '../../ui/review-time';
import { CommentText } from './comment-text';

/**
 * The supervisor's comments on one section, shown to the clerk at that section in the editor. With
 * `onChange`, each can be marked as dealt with: it then stays here struck through (and can be
 * unmarked) until the supervisor's next decision, so both can see what was done.
 */
export function SectionComments(props: {
  readonly report: Report;
  readonly sectionId: PartId;
  readonly onChange?: (next: Report) => void;
}) {
  const shown = currentComments(props.report.review).filter((c) => c.sectionId === props.sectionId);
  if (shown.length === 0) return null;
  const open = shown.filter((c) => !c.resolved).length;
  return (
    <aside
      aria-label="审核意见"
      className="mb-3 rounded-md border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-semibold">
        {open > 0 ? '审核意见（请按意见修改后重新提交审核）' : '审核意见（均已标记为已修改）'}
      </p>
      <ul className="mt-1 space-y-1">
        {shown.map((c) => (
          <li key={c.id} className="flex flex-wrap items-baseline gap-2">
            <CommentText comment={c} />
            <span className="text-amber-800">
              —— {c.author || '审核人'}，{reviewTime(c.at)}
            </span>
            {props.onChange && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => props.onChange?.(resolveComment(props.report, c.id, !c.resolved))}
              >
                {c.resolved ? '撤销“已修改”' : '标记为已修改'}
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
