// Which review comments are still in play. A comment stays on show, open or struck through once
// the clerk marks it 已修改, until the supervisor's next decision (审核通过 or 退回修改): the
// supervisor reviewing a resubmission sees which comments the clerk says are dealt with. From that
// decision on, a resolved comment belongs to an earlier round and is listed with the review record.
import type { PartId } from '../template/section-ids';
import type { Report, ReviewComment } from './report-schema';

type Review = Report['review'];

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** When the last 审核通过 or 退回修改 was given; 0 when the report was never decided on. */
function lastDecisionTime(review: Review): number {
  const last = review.history.findLast((h) => h.status === 'approved' || h.status === 'returned');
  return last ? time(last.at) : 0;
}

/** The comments of the current round: every open one, and those resolved since the last decision. */
export function currentComments(review: Review): readonly ReviewComment[] {
  const since = lastDecisionTime(review);
  return review.comments.filter((c) => !c.resolved || time(c.at) >= since);
}

/** Resolved comments of earlier rounds, kept in the record. */
export function earlierComments(review: Review): readonly ReviewComment[] {
  const shown = new Set(currentComments(review));
  return review.comments.filter((c) => !shown.has(c));
}

/** How many open comments each part of the report has. */
export function openCommentCounts(comments: readonly ReviewComment[]): ReadonlyMap<PartId, number> {
  const counts = new Map<PartId, number>();
  for (const c of comments) if (!c.resolved) counts.set(c.sectionId, (counts.get(c.sectionId) ?? 0) + 1);
  return counts;
}
