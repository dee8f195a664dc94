import { expect, test } from 'vitest';
import { createReport } from './create-report';
import { reportSchema } from './report-schema';
import { salvageReport } from './salvage-report';

const base = () => createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021' });

test('an over-long text keeps what fits and says how much did not', () => {
  const raw = { ...base(), preamble: '字'.repeat(20_005), narratives: { s5: '五' } };
  const out = salvageReport(raw);
  expect(out?.report.preamble).toBe('字'.repeat(20_000));
  expect(out?.report.narratives.s5).toBe('五');
  expect(out?.report.id).not.toBe(raw.id);
  expect(out?.notes).toEqual(['引言：只保留了前 20,000 字，其余 5 字未能打开']);
  expect(reportSchema.safeParse(out?.report).success).toBe(true);
});

test('an over-long history keeps the latest entries', () => {
  const r = base();
  const event = (i: number) => ({
    status: 'draft' as const,
    at: `2025-01-01T00:00:${i}`,
    by: '',
    note: String(i),
  });
  const history = Array.from({ length: 1_003 }, (_, i) => event(i));
  const out = salvageReport({ ...r, review: { ...r.review, history } });
  expect(out?.report.review.history).toHaveLength(1_000);
  expect(out?.report.review.history[0]?.note).toBe('3');
  expect(out?.notes).toEqual(['审核记录：只保留了最近的 1,000 条，较早的 3 条未能打开']);
});

test('a damaged part goes back to a new report’s value; foreign keys go', () => {
  const r = base();
  const out = salvageReport({ ...r, meta: 7, cells: { 't3:new:natural': '3', 'no-such-cell': '1' } });
  expect(out?.report.meta.agencyName).toBe('');
  expect(out?.report.cells).toEqual({ 't3:new:natural': '3' });
  expect(out?.notes).toHaveLength(2);
});

test('a record with no known format cannot be salvaged', () => {
  expect(salvageReport({ ...base(), formatId: 'format-2030' })).toBeUndefined();
  expect(salvageReport('text')).toBeUndefined();
});
