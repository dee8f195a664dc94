import { expect, test } from 'vitest';
import { appendReviewEvent, condenseHistory, condenseRawHistory } from './condense-history';
import { createReport } from './create-report';
import { MAX_REVIEW_HISTORY, reportSchema, type ReviewEvent } from './report-schema';
import { markEditedAfterApproval } from './review';

const event = (i: number): ReviewEvent => ({
  status: i % 2 ? 'submitted' : 'returned',
  at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
  by: `人${i}`,
  note: `第 ${i} 步`,
});
const full = () => Array.from({ length: MAX_REVIEW_HISTORY }, (_, i) => event(i));

test('a history within the cap is kept as it is', () => {
  const h = [event(0), event(1)];
  expect(condenseHistory(h)).toEqual(h);
});

test('the 1,001st entry merges the two oldest into one that says how many and since when', () => {
  const next = appendReviewEvent(full(), event(1000));
  expect(next).toHaveLength(MAX_REVIEW_HISTORY);
  expect(next[0]).toEqual({
    status: event(1).status,
    at: event(1).at,
    by: '',
    note: '更早的 2 条审核记录已合并为这一条（2025-01-01 至 2025-01-01）：每份报告最多保留 1,000 条审核记录',
    merged: { count: 2, since: event(0).at },
  });
  expect(next[1]).toEqual(event(2));
  expect(next.at(-1)).toEqual(event(1000));
});

test('merging again counts what the merged entry already stood for', () => {
  let h = full();
  for (let i = 1000; i < 1100; i++) h = appendReviewEvent(h, event(i));
  expect(h).toHaveLength(MAX_REVIEW_HISTORY);
  expect(h[0]?.merged).toEqual({ count: 101, since: event(0).at });
  expect(h[0]?.note).toContain('2025-01-01 至 2025-01-05');
  expect(h[1]).toEqual(event(101));
});

test('an edit of an approved report with a full history still gives a report the format accepts', () => {
  const r = createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021' });
  const approved = {
    ...r,
    review: { ...r.review, status: 'approved' as const, approvedBy: '李主任', history: full() },
  };
  const edited = markEditedAfterApproval(approved, new Date('2026-01-10T00:00:00Z'));
  expect(edited.review.history).toHaveLength(MAX_REVIEW_HISTORY);
  expect(edited.review.history.at(-1)?.status).toBe('draft');
  expect(reportSchema.safeParse(edited).success).toBe(true);
});

test('a raw report with a history past the cap is condensed before it is read; anything else is left alone', () => {
  const r = createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021' });
  const raw = { ...r, review: { ...r.review, history: [...full(), event(1000)] } };
  expect(reportSchema.safeParse(raw).success).toBe(false);
  const read = reportSchema.safeParse(condenseRawHistory(raw));
  expect(read.success && read.data.review.history.length).toBe(MAX_REVIEW_HISTORY);
  const broken = { ...raw, review: { ...raw.review, history: [...full(), { status: 'x' }] } };
  expect(condenseRawHistory(broken)).toBe(broken);
  expect(condenseRawHistory('text')).toBe('text');
});
