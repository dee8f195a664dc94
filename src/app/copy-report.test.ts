import { expect, test } from 'vitest';
import { createReport } from '../report/create-report';
import { copyReport } from './copy-report';

test('a copy keeps the content, gets its own id and starts as a draft', () => {
  const original = {
    ...createReport({ agencyName: '甲镇人民政府', year: 2021, formatId: 'format-2021' }),
    cells: { 't3:new:natural': '2' },
  };
  const approved = {
    ...original,
    review: { ...original.review, status: 'approved' as const, approvedBy: '王主任', approvedAt: 'x' },
  };
  const copy = copyReport(approved, new Date('2022-01-05T00:00:00Z'));
  expect(copy.id).not.toBe(original.id);
  expect(copy.cells).toEqual({ 't3:new:natural': '2' });
  expect(copy.review).toEqual({ status: 'draft', comments: [], history: [] });
  expect(copy.updatedAt).toBe('2022-01-05T00:00:00.000Z');
  copy.cells['t3:new:natural'] = '9';
  expect(original.cells['t3:new:natural']).toBe('2');
});
