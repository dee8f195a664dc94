import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import type { Report, ReviewComment } from './report-schema';
import { settleImportedReport } from './settle-imported-report';

const NOW = new Date('2026-03-01T08:00:00.000Z');

function comment(id: string, text: string): ReviewComment {
  return { id, sectionId: 's1', text, author: '王', at: '2026-02-01T00:00:00.000Z', resolved: false };
}

function report(patch: Partial<Report> = {}): Report {
  const r = createReport({
    agencyName: '阁山镇人民政府',
    year: 2025,
    formatId: 'format-2021',
    now: new Date('2026-01-10T00:00:00.000Z'),
  });
  return { ...r, ...patch } as Report;
}

describe('settleImportedReport', () => {
  it('brings an updatedAt from the future back to now, so a later journal wins', () => {
    const r = report({ updatedAt: '2031-01-01T00:00:00.000Z', createdAt: '2031-01-01T00:00:00.000Z' });
    const settled = settleImportedReport(r, NOW);
    expect(settled.updatedAt).toBe(NOW.toISOString());
    expect(settled.createdAt).toBe(NOW.toISOString());
  });

  it('keeps a past updatedAt and unique comments as they are', () => {
    const r = report();
    r.review.comments.push(comment('a', '一'), comment('b', '二'));
    expect(settleImportedReport(r, NOW)).toEqual(r);
  });

  it('gives each repeated comment id an id of its own, keeping every comment', () => {
    const r = report();
    r.review.comments.push(comment('c1', '一'), comment('c1', '二'), comment('c1', '三'));
    const ids = settleImportedReport(r, NOW).review.comments.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('c1');
    expect(settleImportedReport(r, NOW).review.comments.map((c) => c.text)).toEqual(['一', '二', '三']);
  });
});
