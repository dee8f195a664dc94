import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION, readDraft } from './draft-file';
import { MIGRATIONS, migrateDraft, type Step } from './migrate-draft';

describe('migrateDraft', () => {
  it('has one step per version after the first', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([2]);
    expect(DRAFT_VERSION).toBe(2);
    const draft = { version: 2, report: { a: 1 } };
    expect(migrateDraft(draft, 2)).toBe(draft);
  });

  it('reads a real version-1 file (no ledger) as the same report', () => {
    const text = fs.readFileSync(new URL('./fixtures/draft-v1.json', import.meta.url), 'utf8');
    const v1 = JSON.parse(text) as { version: number; report: unknown };
    expect(v1.version).toBe(1);
    expect(migrateDraft(v1, 2)).toEqual({ ...v1, version: 2 });
    const read = readDraft(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.report).toEqual(v1.report);
    expect(read.report.ledger).toBeUndefined();
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
