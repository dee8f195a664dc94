// The review of a report: 草稿 → 待审核 (the clerk submits) → 已审核 (the supervisor
// approves, with name and date) or 退回修改 (with comments attached to sections). Every transition
// is a pure function that returns the next report with a history event, so the same steps work in
// the browser, in a draft file handed between two computers, and in tests.
import type { PartId } from '../template/section-ids';
import { appendReviewEvent } from './condense-history';
import type { Report, ReviewComment, ReviewStatus } from './report-schema';
import { MAX_REVIEW_COMMENTS, REVIEW_STATUS_NAMES } from './report-schema';
import { takeReviewSnapshot } from './review-snapshot';

/** A transition that the report's status does not allow; `message` is plain Chinese for the user. */
export class ReviewTransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewTransitionError';
  }
}

export interface NewComment {
  readonly sectionId: PartId;
  readonly text: string;
}

/** Which review steps the current status allows (the panel shows only these buttons). */
export function reviewActions(report: Pick<Report, 'review'>): {
  readonly submit: boolean;
  readonly approve: boolean;
  readonly return: boolean;
} {
  const s = report.review.status;
  return { submit: s === 'draft' || s === 'returned', approve: s === 'submitted', return: s === 'submitted' };
}

function refuse(status: ReviewStatus, action: string): never {
  throw new ReviewTransitionError(`报告当前为“${REVIEW_STATUS_NAMES[status]}”状态，不能${action}`);
}

function withEvent(
  report: Report,
  review: Partial<Report['review']> & { readonly status: ReviewStatus },
  event: { readonly by: string; readonly note: string; readonly at: string },
): Report {
  const { approvedBy: _by, approvedAt: _at, ...rest } = report.review;
  // approvedBy/approvedAt belong to an approval only: any other status drops them.
  const base = review.status === 'approved' ? report.review : rest;
  return {
    ...report,
    review: {
      ...base,
      ...review,
      history: appendReviewEvent(report.review.history, {
        status: review.status,
        at: event.at,
        by: event.by,
        note: event.note,
      }),
    },
    updatedAt: event.at,
  };
}

/** The clerk hands the report to the supervisor. Allowed from 草稿 and 退回修改. */
export function submitForReview(report: Report, by: string, now: Date): Report {
  if (!reviewActions(report).submit) refuse(report.review.status, '提交审核');
  const resubmit = report.review.status === 'returned';
  return withEvent(
    report,
    { status: 'submitted' },
    { by: by.trim(), at: now.toISOString(), note: resubmit ? '修改后重新提交审核' : '提交审核' },
  );
}

/** The supervisor approves; the name is required, because the approval is what it records. */
export function approveReport(report: Report, input: { readonly by: string; readonly now: Date }): Report {
  if (!reviewActions(report).approve) refuse(report.review.status, '审核通过');
  const by = input.by.trim();
  if (by === '') throw new ReviewTransitionError('请填写审核人姓名');
  const at = input.now.toISOString();
  return withEvent(
    report,
    { status: 'approved', approvedBy: by, approvedAt: at, snapshot: takeReviewSnapshot(report, at) },
    { by, at, note: '审核通过' },
  );
}

/** How many more comments the report can take (MAX_REVIEW_COMMENTS in all). */
export function commentRoom(report: Pick<Report, 'review'>): number {
  return Math.max(0, MAX_REVIEW_COMMENTS - report.review.comments.length);
}

/** Why a return with `adding` comments is refused: the report is at or near the cap. */
export function commentCapMessage(report: Pick<Report, 'review'>, adding: number): string {
  const held = report.review.comments.length;
  const room = commentRoom(report);
  const head = `每份报告最多保留 ${MAX_REVIEW_COMMENTS} 条审核意见，这份报告已有 ${held} 条`;
  return room === 0
    ? `${head}，不能再添加意见。请把要求写进已有意见所在部分的正文批注，或审核通过后另行通知填报人。`
    : `${head}，这次最多还能写 ${room} 条（现在写了 ${adding} 条）：请把几条意见合并成一条。`;
}

/** The supervisor sends the report back, with at least one comment saying what to change where. */
export function returnReport(
  report: Report,
  input: { readonly by: string; readonly now: Date; readonly comments: readonly NewComment[] },
): Report {
  if (!reviewActions(report).return) refuse(report.review.status, '退回修改');
  const comments = input.comments
    .map((c) => ({ sectionId: c.sectionId, text: c.text.trim() }))
    .filter((c) => c.text !== '');
  if (comments.length === 0)
    throw new ReviewTransitionError('退回修改时请至少写一条意见，说明需要修改的地方');
  // Refused here, at the button, rather than stored past the cap: a report holding more comments
  // than the format allows could not be saved. Comments are text someone wrote, so none is dropped.
  const room = commentRoom(report);
  if (comments.length > room) throw new ReviewTransitionError(commentCapMessage(report, comments.length));
  const at = input.now.toISOString();
  const by = input.by.trim();
  const stamp = input.now.getTime().toString(36);
  const added: ReviewComment[] = comments.map((c, i) => ({
    id: `c-${stamp}-${report.review.comments.length + i + 1}`,
    sectionId: c.sectionId,
    text: c.text,
    author: by,
    at,
    resolved: false,
  }));
  return withEvent(
    report,
    {
      status: 'returned',
      comments: [...report.review.comments, ...added],
      snapshot: takeReviewSnapshot(report, at),
    },
    { by, at, note: `退回修改，意见 ${added.length} 条` },
  );
}

/**
 * Any edit of an approved report takes it back to 草稿: the approval was given to the text as it
 * was ("Editing an approved report returns it to 草稿, and says so"). Other statuses are
 * returned unchanged, so the editor may call this on every change.
 */
export function markEditedAfterApproval(report: Report, now: Date): Report {
  if (report.review.status !== 'approved') return report;
  const who = report.review.approvedBy ? `（原审核人：${report.review.approvedBy}）` : '';
  return withEvent(
    report,
    { status: 'draft' },
    { by: '', at: now.toISOString(), note: `审核通过后报告被修改，已回到草稿状态，需要重新提交审核${who}` },
  );
}

/** The clerk marks a comment as dealt with; the comment stays in the record. */
export function resolveComment(report: Report, commentId: string, resolved = true): Report {
  if (!report.review.comments.some((c) => c.id === commentId)) {
    throw new ReviewTransitionError('找不到这条审核意见');
  }
  return {
    ...report,
    review: {
      ...report.review,
      comments: report.review.comments.map((c) => (c.id === commentId ? { ...c, resolved } : c)),
    },
  };
}
