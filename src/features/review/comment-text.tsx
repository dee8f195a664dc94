import type { ReviewComment } from '../../report/report-schema';

/**
 * A comment's words; once marked 已修改 they stay readable, struck through, with the words “已修改”
 * said too (a strike-through alone is not announced by screen readers).
 */
export function CommentText({ comment }: { readonly comment: ReviewComment }) {
  return comment.resolved ? (
    <span>
      <s className="whitespace-pre-wrap text-gray-600">{comment.text}</s>
      <span className="ml-1 rounded bg-emerald-50 px-1 text-xs text-emerald-800">已修改</span>
    </span>
  ) : (
    <span className="whitespace-pre-wrap">{comment.text}</span>
  );
}
