import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { currentComments, earlierComments, openCommentCounts } from './current-comments';
import { approveReport, resolveComment, returnReport, submitForReview } from './review';

const at = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T02:00:00Z`);

function returned() {
  const r = createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021', now: at(1) });
  return returnReport(submitForReview(r, '张秘书', at(2)), {
    by: '李主任',
    now: at(3),
    comments: [
      { sectionId: 's5', text: '写具体' },
      { sectionId: 's5', text: '写改进措施' },
      { sectionId: 's1', text: '补充数量' },
    ],
  });
}

describe('review comments in play', () => {
  it('counts the open comments of each part', () => {
    const r = returned();
    expect(openCommentCounts(r.review.comments)).toEqual(
      new Map([
        ['s5', 2],
        ['s1', 1],
      ]),
    );
    const first = r.review.comments[0]?.id ?? '';
    expect(openCommentCounts(resolveComment(r, first).review.comments).get('s5')).toBe(1);
  });

  it('keeps a resolved comment on show through the resubmission, until the next decision', () => {
    const r = returned();
    const first = r.review.comments[0]?.id ?? '';
    const resubmitted = submitForReview(resolveComment(r, first), '张秘书', at(4));
    expect(currentComments(resubmitted.review).map((c) => [c.text, c.resolved])).toEqual([
      ['写具体', true],
      ['写改进措施', false],
      ['补充数量', false],
    ]);
    expect(earlierComments(resubmitted.review)).toEqual([]);

    const again = returnReport(resubmitted, {
      by: '李主任',
      now: at(5),
      comments: [{ sectionId: 's6', text: '写明信息处理费' }],
    });
    expect(currentComments(again.review).map((c) => c.text)).toEqual([
      '写改进措施',
      '补充数量',
      '写明信息处理费',
    ]);
    expect(earlierComments(again.review).map((c) => c.text)).toEqual(['写具体']);
  });

  it('leaves only the open ones on show after an approval', () => {
    const r = returned();
    let next = r;
    for (const c of r.review.comments.slice(0, 2)) next = resolveComment(next, c.id);
    const approved = approveReport(submitForReview(next, '张秘书', at(4)), { by: '李主任', now: at(5) });
    expect(currentComments(approved.review).map((c) => c.text)).toEqual(['补充数量']);
    expect(earlierComments(approved.review)).toHaveLength(2);
  });
});
