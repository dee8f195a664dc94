import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { MAX_REVIEW_COMMENTS, reportSchema, type Report } from './report-schema';
import {
  ReviewTransitionError,
  approveReport,
  commentRoom,
  markEditedAfterApproval,
  resolveComment,
  returnReport,
  reviewActions,
  submitForReview,
} from './review';

const t0 = new Date('2026-01-10T02:00:00Z');
const t1 = new Date('2026-01-11T02:00:00Z');
const t2 = new Date('2026-01-12T02:00:00Z');
const fresh = () =>
  createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021', now: t0 });

describe('review transitions', () => {
  it('goes draft → submitted → approved, recording the approver and date', () => {
    const submitted = submitForReview(fresh(), '张三', t0);
    expect(submitted.review.status).toBe('submitted');
    const approved = approveReport(submitted, { by: ' 李主任 ', now: t1 });
    expect(approved.review).toMatchObject({
      status: 'approved',
      approvedBy: '李主任',
      approvedAt: t1.toISOString(),
    });
    expect(approved.review.history.map((e) => e.status)).toEqual(['submitted', 'approved']);
    expect(approved.updatedAt).toBe(t1.toISOString());
    expect(reportSchema.safeParse(approved).success).toBe(true);
  });

  it('refuses an approval without a name and any step the status does not allow', () => {
    const submitted = submitForReview(fresh(), '张三', t0);
    expect(() => approveReport(submitted, { by: '  ', now: t1 })).toThrow('审核人姓名');
    expect(() => approveReport(fresh(), { by: '李主任', now: t1 })).toThrow(ReviewTransitionError);
    expect(() => approveReport(fresh(), { by: '李主任', now: t1 })).toThrow('草稿');
    expect(() => submitForReview(submitted, '张三', t1)).toThrow('待审核');
    expect(() =>
      returnReport(fresh(), { by: '李主任', now: t1, comments: [{ sectionId: 's1', text: 'x' }] }),
    ).toThrow(ReviewTransitionError);
  });

  it('returns with comments attached to sections, then lets the clerk resubmit', () => {
    const submitted = submitForReview(fresh(), '张三', t0);
    expect(() =>
      returnReport(submitted, { by: '李主任', now: t1, comments: [{ sectionId: 's5', text: ' ' }] }),
    ).toThrow('至少写一条意见');
    const returned = returnReport(submitted, {
      by: '李主任',
      now: t1,
      comments: [
        { sectionId: 's5', text: '问题写得太笼统' },
        { sectionId: 'meta', text: '电话号码缺区号' },
      ],
    });
    expect(returned.review.status).toBe('returned');
    expect(returned.review.comments).toHaveLength(2);
    expect(returned.review.comments[0]).toMatchObject({ sectionId: 's5', author: '李主任', resolved: false });
    expect(new Set(returned.review.comments.map((c) => c.id)).size).toBe(2);
    expect(reviewActions(returned)).toEqual({ submit: true, approve: false, return: false });

    const id = returned.review.comments[0]?.id ?? '';
    const resolved = resolveComment(returned, id);
    expect(resolved.review.comments.find((c) => c.id === id)?.resolved).toBe(true);
    expect(() => resolveComment(returned, 'nope')).toThrow('找不到');

    const again = submitForReview(resolved, '张三', t2);
    expect(again.review.status).toBe('submitted');
    expect(again.review.history.at(-1)?.note).toContain('重新提交');
    expect(reportSchema.safeParse(again).success).toBe(true);
  });

  it('takes an approved report back to draft when it is edited, and says so', () => {
    const approved = approveReport(submitForReview(fresh(), '张三', t0), { by: '李主任', now: t1 });
    const edited = markEditedAfterApproval(approved, t2);
    expect(edited.review.status).toBe('draft');
    expect(edited.review.approvedBy).toBeUndefined();
    expect(edited.review.approvedAt).toBeUndefined();
    expect(edited.review.history.at(-1)).toMatchObject({ status: 'draft', at: t2.toISOString() });
    expect(edited.review.history.at(-1)?.note).toContain('李主任');
    // Not approved: nothing to undo.
    const draft = fresh();
    expect(markEditedAfterApproval(draft, t2)).toBe(draft);
  });
});

describe('the comment cap', () => {
  const withComments = (n: number): Report => {
    const r = submitForReview(fresh(), '张三', t0);
    const comments = Array.from({ length: n }, (_, i) => ({
      id: `c-${i}`,
      sectionId: 's1' as const,
      text: `意见 ${i}`,
      author: '李主任',
      at: t0.toISOString(),
      resolved: true,
    }));
    return { ...r, review: { ...r.review, comments } };
  };

  it('takes comments up to 500, and the report stays one the format accepts', () => {
    const r = withComments(MAX_REVIEW_COMMENTS - 2);
    expect(commentRoom(r)).toBe(2);
    const returned = returnReport(r, {
      by: '李主任',
      now: t1,
      comments: [
        { sectionId: 's1', text: '一' },
        { sectionId: 's2', text: '二' },
      ],
    });
    expect(returned.review.comments).toHaveLength(MAX_REVIEW_COMMENTS);
    expect(reportSchema.safeParse(returned).success).toBe(true);
  });

  it('refuses the 501st comment at the button, saying how many fit, and drops none', () => {
    const r = withComments(MAX_REVIEW_COMMENTS - 1);
    const two = [
      { sectionId: 's1' as const, text: '一' },
      { sectionId: 's2' as const, text: '二' },
    ];
    expect(() => returnReport(r, { by: '李主任', now: t1, comments: two })).toThrow(
      '每份报告最多保留 500 条审核意见，这份报告已有 499 条，这次最多还能写 1 条（现在写了 2 条）',
    );
    const atCap = withComments(MAX_REVIEW_COMMENTS);
    expect(commentRoom(atCap)).toBe(0);
    expect(() => returnReport(atCap, { by: '李主任', now: t1, comments: two.slice(0, 1) })).toThrow(
      /已有 500 条，不能再添加意见/,
    );
  });
});
