// A report read from a file against the copy this browser already holds. Between two computers
// the review travels as files (送审文件 → 审核结果文件): when only the review differs, the answer
// is merged in without asking; when the content differs, the person chooses, seeing which is newer.
import type { Report } from './report-schema';

export type ImportComparison =
  /** Same content and same review: nothing to do. */
  | { readonly kind: 'same' }
  /** Same content, and the file carries a later review step: the review is taken over. */
  | { readonly kind: 'review'; readonly merged: Report }
  /** The content differs (or the file's review is older): the person decides. */
  | { readonly kind: 'differs'; readonly newer: 'file' | 'local' | 'same-time' };

/** JSON with object keys sorted, so two equal reports compare equal whatever order keys were set in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** What the report says, without who holds it, when it was saved or where its review stands. */
function content(report: Report): string {
  const { id: _id, review: _review, createdAt: _c, updatedAt: _u, ...rest } = report;
  return canonical(rest);
}

/** When the review last moved: its latest step, or '' for a report never submitted. */
function lastStepAt(report: Report): string {
  return report.review.history.reduce((latest, e) => (e.at > latest ? e.at : latest), '');
}

export function compareImportedReport(existing: Report, imported: Report): ImportComparison {
  const newer =
    imported.updatedAt > existing.updatedAt
      ? 'file'
      : imported.updatedAt < existing.updatedAt
        ? 'local'
        : 'same-time';
  if (content(existing) !== content(imported)) return { kind: 'differs', newer };
  if (canonical(existing.review) === canonical(imported.review)) return { kind: 'same' };
  // An older file (the 送审文件 imported again after the answer came back) must not undo a step.
  if (lastStepAt(imported) < lastStepAt(existing)) return { kind: 'differs', newer };
  return {
    kind: 'review',
    merged: {
      ...existing,
      review: imported.review,
      updatedAt: imported.updatedAt > existing.updatedAt ? imported.updatedAt : existing.updatedAt,
    },
  };
}

/** Who last decided on the report: the approver, or whoever last returned it; '' if nobody yet. */
export function reviewerOf(report: Report): string {
  if (report.review.status === 'approved') return report.review.approvedBy ?? '';
  const decision = [...report.review.history]
    .reverse()
    .find((e) => e.status === 'approved' || e.status === 'returned');
  return decision?.by ?? '';
}
