import type { DeskFinding } from './desk-finding';
import type { DeskReview } from './review-desk';

/**
 * Every finding of the desk in one list: each counted report's own findings (as the editor gives
 * them, addressed to its office and report), office by office, then the findings across reports.
 * A report's own W-deadline is left out: the desk's says the same with the days late.
 */
export function allFindings(review: DeskReview): readonly DeskFinding[] {
  const kept = new Set(review.kept.map((e) => e.id));
  const own = review.entries
    .filter((r) => kept.has(r.entry.id))
    .flatMap(({ entry, office, check }) =>
      check.findings
        .filter((f) => f.ruleId !== 'W-deadline')
        .map((f): DeskFinding => ({
          key: `${entry.id}:${f.key}`,
          ruleId: f.ruleId,
          severity: f.severity,
          offices: [office],
          places: [
            {
              entryId: entry.id,
              officeId: office.id,
              year: entry.report.year,
              sectionId: f.sectionId,
              cells: f.cells,
              ...(f.field === undefined ? {} : { field: f.field }),
            },
          ],
          message: f.message,
        })),
    );
  return [...own, ...review.findings];
}
