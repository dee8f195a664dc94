// Migrations of draft files, one per version step. A file of version n is brought to the
// current version by applying steps n → n+1 → … in order; each step is a pure function.
// When the model changes, add `n: (previous) => next` here with a test on a real file.
import { reportSchema } from './report-schema';
import { takeReviewSnapshot } from './review-snapshot';

export type Draft = { readonly version: number; readonly report?: unknown };
export type Step = (draft: Draft) => Draft;

export const MIGRATIONS: Readonly<Record<number, Step>> = {
  // Version 2 adds `report.ledger` (the request ledger), optional: a version-1 report has none,
  // and is a version-2 report as it is. The step exists so that the version says what a file may
  // hold: a version-1 program refuses a version-2 file rather than dropping its ledger.
  2: (draft) => draft,
  3: addReviewSnapshot,
};

/**
 * Version 3 keeps, with each review decision, the report as it was decided on (review.snapshot),
 * so the next review marks what changed. An older program would drop it, hence the version. An
 * approved report is exactly what was approved (any edit takes it back to 草稿), so its snapshot
 * can be taken now; any other report's last decision saw a text that may have changed since, and
 * it gets none: its next review marks nothing rather than marks that would be wrong.
 */
export function addReviewSnapshot(draft: Draft): Draft {
  const parsed = reportSchema.safeParse(draft.report);
  if (!parsed.success) return draft;
  const { review } = parsed.data;
  if (review.status !== 'approved' || review.snapshot) return draft;
  const at = review.approvedAt ?? parsed.data.updatedAt;
  return {
    ...draft,
    report: { ...parsed.data, review: { ...review, snapshot: takeReviewSnapshot(parsed.data, at) } },
  };
}

/**
 * Brings a draft to `target` by the steps of `steps` (the real MIGRATIONS unless a test passes
 * its own map, so the stepping itself can be tested before the first real migration exists).
 */
export function migrateDraft(
  draft: Draft,
  target: number,
  steps: Readonly<Record<number, Step>> = MIGRATIONS,
): Draft {
  let current = draft;
  while (current.version < target) {
    const step = steps[current.version + 1];
    if (!step) throw new Error(`no migration to version ${current.version + 1}`);
    current = { ...step(current), version: current.version + 1 };
  }
  return current;
}
