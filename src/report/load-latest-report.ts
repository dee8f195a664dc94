// Opening a report reads two copies: IndexedDB, the store of record, and the edit journal, which
// holds keystrokes made just before the page went away (edit-journal.ts). The newer one wins.
// Its metadata is cleaned on the way in: a name stored or imported with invisible direction
// characters would show reversed (cleanLine).
import { cleanMeta } from './clean-meta';
import { newerOfStoredAndJournal, readJournal } from './edit-journal';
import type { Report } from './report-schema';
import { getReport, listReports } from './storage';

export interface LatestReport {
  readonly report: Report;
  /** The journal was newer than IndexedDB: the editor saves it at once. */
  readonly fromJournal: boolean;
}

function latest(stored: Report): LatestReport {
  const { report, fromJournal } = newerOfStoredAndJournal(stored, readJournal(stored.id));
  const open = report ?? stored;
  return { report: { ...open, meta: cleanMeta(open.meta) }, fromJournal };
}

/** Report `id` as it was last typed, or undefined when it is not stored (a journal alone is not). */
export async function loadLatestReport(id: string): Promise<LatestReport | undefined> {
  const stored = await getReport(id);
  return stored ? latest(stored) : undefined;
}

/** Every stored report as it was last typed, the most recently saved first. */
export async function loadLatestReports(): Promise<Report[]> {
  return (await listReports()).map((r) => latest(r).report);
}
