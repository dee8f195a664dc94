import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReport } from './create-report';
import { DRAFT_VERSION, readDraft } from './draft-file';
import { MIGRATIONS, migrateDraft, type Step } from './migrate-draft';
import { approveReport, returnReport, submitForReview } from './review';
import { takeReviewSnapshot } from './review-snapshot';
import { readStoredRecord } from './stored-record';

describe('migrateDraft', () => {
  it('has one step per version after the first', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([2, 3]);
    expect(DRAFT_VERSION).toBe(3);
    const draft = { version: 3, report: { a: 1 } };
    expect(migrateDraft(draft, 3)).toBe(draft);
  });

  it('reads a real version-1 file (no ledger) as the same report', () => {
    const text = fs.readFileSync(new URL('./fixtures/draft-v1.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text) as { version: number; report: unknown };
    expect(v1.version).toBe(1);
    expect(migrateDraft(v1, 3)).toEqual({ ...v1, version: 3 });
    const read = readDraft(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report).toEqual(v1.report);
    expect(read.report.ledger).toBeUndefined();
  });

  it('gives an approved version-2 report the snapshot of what was approved, and a returned one none', () => {
    const at = (d: number) => new Date(`2026-01-${d}T02:00:00Z`);
    const written = createReport({
      agencyName: '阁山镇人民政府',
      year: 2025,
      formatId: 'format-2021',
      now: at(10),
    });
    const submitted = submitForReview(
      {
        ...written,
        narratives: { ...written.narratives, s6: '无。' },
        cells: { ...written.cells, 't3:new:natural': '2' },
      },
      '张秘书',
      at(11),
    );
    // As version 2 stored them: the decision, without a snapshot.
    const bare = <T extends { review: object }>(r: T): T => {
      const { snapshot: _, ...review } = r.review as { snapshot?: unknown };
      return { ...r, review };
    };
    const approved = approveReport(submitted, { by: '李主任', now: at(12) });
    const returned = returnReport(submitted, {
      by: '李主任',
      now: at(12),
      comments: [{ sectionId: 's6', text: '写明收费' }],
    });

    const migrated = migrateDraft({ version: 2, report: bare(approved) }, 3).report as typeof approved;
    expect(migrated.review.snapshot).toEqual(takeReviewSnapshot(approved, at(12).toISOString()));
    expect(migrateDraft({ version: 2, report: bare(returned) }, 3).report).toEqual(bare(returned));
    // A stored record of version 2 is brought to 3 the same way.
    const stored = readStoredRecord(approved.id, { schemaVersion: 2, revision: 5, report: bare(approved) });
    expect(stored).toMatchObject({
      kind: 'ok',
      revision: 5,
      report: { review: { snapshot: migrated.review.snapshot } },
    });
    // Something that is not a report is left to the schema to refuse.
    expect(migrateDraft({ version: 2, report: { a: 1 } }, 3).report).toEqual({ a: 1 });
  });

  it('applies the steps in order, each to the result of the one before, and stamps each version', () => {
    const seen: number[] = [];
    const steps: Record<number, Step> = {
      2: (d) => {
        seen.push(d.version);
        return { ...d, report: { ...(d.report as object), renamed: true } };
      },
      3: (d) => {
        seen.push(d.version);
        return {
          ...d,
          report: {
            ...(d.report as object),
            trail: `${String((d.report as { renamed?: boolean }).renamed)}→3`,
          },
        };
      },
      4: () => {
        throw new Error('never reached');
      },
    };
    const out = migrateDraft({ version: 1, report: { a: 1 } }, 3, steps);
    expect(seen).toEqual([1, 2]);
    expect(out).toEqual({ version: 3, report: { a: 1, renamed: true, trail: 'true→3' } });
  });

  it('starts from the file’s own version', () => {
    const steps: Record<number, Step> = {
      2: () => ({ version: 99, report: 'two' }),
      3: (d) => ({ ...d, report: `${String(d.report)}+three` }),
    };
    expect(migrateDraft({ version: 2, report: 'x' }, 3, steps)).toEqual({ version: 3, report: 'x+three' });
  });

  it('throws when a step is missing, which readDraft turns into a reason', () => {
    expect(() => migrateDraft({ version: 1 }, 3, { 2: (d) => d })).toThrow('no migration to version 3');
  });
});
