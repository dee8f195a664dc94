import { describe, expect, test } from 'vitest';
import { compareImportedReport, reviewerOf } from './compare-imported-report';
import { createReport } from './create-report';
import type { Report } from './report-schema';
import { approveReport, returnReport, submitForReview } from './review';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 20, 2, minute));
const clerk = (): Report =>
  submitForReview(
    createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021', now: t(0) }),
    '李明',
    t(1),
  );

describe('compareImportedReport', () => {
  test('the supervisor’s answer on unchanged content merges the review', () => {
    const mine = clerk();
    const answer = approveReport(mine, { by: '王芳', now: t(30) });
    const result = compareImportedReport(mine, answer);
    expect(result.kind).toBe('review');
    if (result.kind !== 'review') return;
    expect(result.merged.id).toBe(mine.id);
    expect(result.merged.review.status).toBe('approved');
    expect(result.merged.review.approvedBy).toBe('王芳');
    expect(result.merged.updatedAt).toBe(answer.updatedAt);
  });

  test('a return brings its comments; key order in the file does not matter', () => {
    const mine = clerk();
    const answer = returnReport(mine, {
      by: '王芳',
      now: t(30),
      comments: [{ sectionId: 's5', text: '请补充改进措施' }],
    });
    const reordered = JSON.parse(
      JSON.stringify({ ...answer, cells: Object.fromEntries(Object.entries(answer.cells).reverse()) }),
    ) as Report;
    const result = compareImportedReport(mine, reordered);
    expect(result.kind).toBe('review');
    if (result.kind === 'review') expect(result.merged.review.comments[0]?.text).toBe('请补充改进措施');
  });

  test('the same file again changes nothing', () => {
    const mine = clerk();
    expect(compareImportedReport(mine, structuredClone(mine))).toEqual({ kind: 'same' });
  });

  test('different content is left to the person, saying which is newer', () => {
    const mine = clerk();
    const edited: Report = { ...mine, preamble: '改过的导语', updatedAt: t(40).toISOString() };
    expect(compareImportedReport(mine, edited)).toEqual({ kind: 'differs', newer: 'file' });
    expect(compareImportedReport(edited, mine)).toEqual({ kind: 'differs', newer: 'local' });
  });

  test('an older review step in the file never undoes a later one here', () => {
    const sent = clerk();
    const approved = approveReport(sent, { by: '王芳', now: t(30) });
    expect(compareImportedReport(approved, sent)).toEqual({ kind: 'differs', newer: 'local' });
  });
});

test('reviewerOf names the approver, else the last to return it', () => {
  const sent = clerk();
  expect(reviewerOf(sent)).toBe('');
  const returned = returnReport(sent, { by: '赵强', now: t(5), comments: [{ sectionId: 's1', text: '改' }] });
  expect(reviewerOf(submitForReview(returned, '李明', t(6)))).toBe('赵强');
  expect(reviewerOf(approveReport(submitForReview(returned, '李明', t(6)), { by: '王芳', now: t(9) }))).toBe(
    '王芳',
  );
});
