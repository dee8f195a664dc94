import type { Report } from '../../report/report-schema';
import { resolveComment } from '../../report/review';
import type { PartId } from '../../template/section-ids';
import { reviewTime } from '../../ui/review-time';

/**
 * The supervisor's open comments on one section, shown to the clerk at that section in the editor
 * (issue 5). With `onChange`, each can be marked as dealt with; the comment stays in the record.
 */
export function SectionComments(props: {
  readonly report: Report;
  readonly sectionId: PartId;
  readonly onChange?: (next: Report) => void;
}) {
  const open = props.report.review.comments.filter((c) => c.sectionId === props.sectionId && !c.resolved);
  if (open.length === 0) return null;
  return (
    <aside
      aria-label="审核意见"
      className="mb-3 rounded-md border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-semibold">审核意见（请按意见修改后重新提交审核）</p>
      <ul className="mt-1 space-y-1">
        {open.map((c) => (
          <li key={c.id} className="flex flex-wrap items-baseline gap-2">
            <span className="whitespace-pre-wrap">{c.text}</span>
            <span className="text-amber-800">
              —— {c.author || '审核人'}，{reviewTime(c.at)}
            </span>
            {props.onChange && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => props.onChange?.(resolveComment(props.report, c.id))}
              >
                标记为已修改
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
