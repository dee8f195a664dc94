import type { DeskEntry } from './desk-entry';

/**
 * For each entry, the same office's report of the year before, among entries already counted once
 * (one per office and year, see findDuplicates).
 */
export function lastYearEntries(
  kept: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
): ReadonlyMap<string, DeskEntry> {
  const byOfficeYear = new Map(kept.map((e) => [`${officeOf.get(e.id) ?? ''}|${e.report.year}`, e] as const));
  const out = new Map<string, DeskEntry>();
  for (const e of kept) {
    const last = byOfficeYear.get(`${officeOf.get(e.id) ?? ''}|${e.report.year - 1}`);
    if (last) out.set(e.id, last);
  }
  return out;
}
