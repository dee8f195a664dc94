import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { reportSchema, type Report } from './report-schema';
import { approveReport, returnReport, submitForReview } from './review';
import { changesSinceReview, paragraphHash, takeReviewSnapshot } from './review-snapshot';

const t0 = new Date('2026-01-10T02:00:00Z');
const t1 = new Date('2026-01-11T02:00:00Z');
const t2 = new Date('2026-01-12T02:00:00Z');

function written(): Report {
  const r = createReport({ agencyName: '阁山镇人民政府', year: 2025, formatId: 'format-2021', now: t0 });
  return {
    ...r,
    cells: { ...r.cells, 't3:new:natural': '3', 't3:open:natural': '0' },
    narratives: { ...r.narratives, s5: '问题一。\n问题二。\n改进一。', s6: '无。' },
  };
}

/** What changed in a report submitted, returned, edited by `edit` and submitted again. */
const changedBy = (edit: (r: Report) => Report) => changesSinceReview(resubmitted(edit));

function resubmitted(edit: (r: Report) => Report): Report {
  const returned = returnReport(submitForReview(written(), '张秘书', t0), {
    by: '李主任',
    now: t1,
    comments: [{ sectionId: 's5', text: '写具体' }],
  });
  return submitForReview(edit(returned), '张秘书', t2);
}

describe('changes since the last review', () => {
  it('are unknown before the first decision, and none right after it', () => {
    expect(changesSinceReview(submitForReview(written(), '张秘书', t0))).toBeUndefined();
    expect(changedBy((r) => r)).toEqual({
      since: t1.toISOString(),
      cells: new Set(),
      paragraphs: new Map(),
      removed: 0,
    });
  });

  it('name each changed figure, a figure cleared or newly typed included', () => {
    const changes = changedBy((r) => ({
      ...r,
      cells: { ...r.cells, 't3:new:natural': '4', 't3:open:natural': '', 't3:new:business': '1' },
    }));
    expect([...(changes?.cells ?? [])].sort()).toEqual([
      't3:new:business',
      't3:new:natural',
      't3:open:natural',
    ]);
  });

  it('does not count a figure retyped with spaces as a change', () => {
    const changes = changedBy((r) => ({ ...r, cells: { ...r.cells, 't3:new:natural': ' 3 ' } }));
    expect(changes?.cells.size).toBe(0);
  });

  it('marks the new and rewritten paragraphs by their index, not the ones moved, and counts the removed', () => {
    const changes = changedBy((r) => ({
      ...r,
      narratives: { ...r.narratives, s5: '改进一。\n问题一已整改。\n问题二。\n新增一段。', s6: '' },
    }));
    expect(changes?.paragraphs).toEqual(new Map([['s5', new Set([1, 3])]]));
    // 问题一。 rewritten, and 六's only paragraph cleared.
    expect(changes?.removed).toBe(2);
  });

  it('marks a paragraph written twice the second time, and the preamble like any text', () => {
    const changes = changedBy((r) => ({
      ...r,
      preamble: `${r.preamble}\n补充说明。`,
      narratives: { ...r.narratives, s6: '无。\n无。' },
    }));
    expect(changes?.paragraphs.get('s6')).toEqual(new Set([1]));
    expect(changes?.paragraphs.get('preamble')?.size).toBe(1);
  });

  it('compares with the latest decision: an approval takes a new snapshot', () => {
    const edited = resubmitted((r) => ({ ...r, cells: { ...r.cells, 't3:new:natural': '4' } }));
    const approved = approveReport(edited, { by: '李主任', now: new Date('2026-01-13T02:00:00Z') });
    expect(changesSinceReview(approved)?.cells.size).toBe(0);
    expect(approved.review.snapshot?.cells['t3:new:natural']).toBe('4');
  });
});

describe('the snapshot', () => {
  it('is compact: only figures typed, and one short hash per paragraph', () => {
    const snap = takeReviewSnapshot(written(), t1.toISOString());
    expect(snap.cells).toEqual({ 't3:new:natural': '3', 't3:open:natural': '0' });
    expect(snap.paragraphs.s5).toHaveLength(3);
    expect(snap.paragraphs.s5?.every((h) => /^[0-9a-z]{1,7}$/.test(h))).toBe(true);
    expect(snap.paragraphs.s1).toBeUndefined();
  });

  it('stays within the schema for the longest report the schema allows', () => {
    const r = written();
    const line = '甲'.repeat(9);
    const full: Report = {
      ...r,
      preamble: Array.from({ length: 2000 }, (_, i) => `${line}${i}`)
        .join('\n')
        .slice(0, 20_000),
      narratives: Object.fromEntries(
        Object.keys(r.narratives).map((k) => [k, Array.from({ length: 10_000 }, () => '乙').join('\n')]),
      ) as Report['narratives'],
      cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, '9'.repeat(40)])) as Report['cells'],
    };
    const approved = approveReport(submitForReview(full, '张秘书', t0), { by: '李主任', now: t1 });
    expect(reportSchema.safeParse(approved).success).toBe(true);
    expect(JSON.stringify(approved.review.snapshot).length).toBeLessThan(2_000_000);
  });

  it('hashes differ for different paragraphs and agree for the same', () => {
    expect(paragraphHash('问题一。')).toBe(paragraphHash('问题一。'));
    expect(paragraphHash('问题一。')).not.toBe(paragraphHash('问题二。'));
  });
});
