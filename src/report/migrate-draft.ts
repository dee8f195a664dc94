// Migrations of draft files, one per version step. A file of version n is brought to the
// current version by applying steps n → n+1 → … in order; each step is a pure function.
// When the model changes, add `n: (previous) => next` here with a test on a real file.

export type Draft = { readonly version: number; readonly report?: unknown };
export type Step = (draft: Draft) => Draft;

export const MIGRATIONS: Readonly<Record<number, Step>> = {
  // Version 2 adds `report.ledger` (the request ledger), optional: a version-1 report has none,
  // and is a version-2 report as it is. The step exists so that the version says what a file may
  // hold: a version-1 program refuses a version-2 file rather than dropping its ledger.
  2: (draft) => draft,
};

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
