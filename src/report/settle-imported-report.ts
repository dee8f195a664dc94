// A report read from a file is settled before it is stored: the file's own clock and its comment
// ids come from another machine and cannot be trusted against this browser's.
import type { Report } from './report-schema';

/**
 * `report` with an updatedAt no later than `now`, and comment ids unique. A draft whose updatedAt
 * lies in the future (a wrong PC clock) would otherwise win over every later edit journalled on
 * this machine (edit-journal.ts compares the two times), so the first keystrokes after an import
 * would be lost on a reload. Comments sharing an id (a hand-edited file) would be resolved
 * together by 标记为已修改: each repeat gets an id of its own.
 */
export function settleImportedReport(report: Report, now: Date): Report {
  const at = now.toISOString();
  const seen = new Set<string>();
  let changed = false;
  const comments = report.review.comments.map((c, i) => {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      return c;
    }
    changed = true;
    let n = i + 1;
    while (seen.has(`${c.id}-${n}`.slice(-64))) n += 1;
    const id = `${c.id}-${n}`.slice(-64);
    seen.add(id);
    return { ...c, id };
  });
  return {
    ...report,
    updatedAt: report.updatedAt > at ? at : report.updatedAt,
    ...(report.createdAt > at ? { createdAt: at } : {}),
    ...(changed ? { review: { ...report.review, comments } } : {}),
  };
}
