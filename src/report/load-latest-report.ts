// Opening a report reads two copies: IndexedDB, the store of record, and the edit journal, which
// holds keystrokes made just before the page went away (edit-journal.ts). The newer one wins.
// Its metadata is cleaned on the way in: a name stored or imported with invisible direction
// characters would show reversed (cleanLine).
import { cleanMeta } from './clean-meta';
import { newerOfStoredAndJournal, readJournalEntry } from './edit-journal';
import type { Report } from './report-schema';
import { getStoredReport, listStoredReports } from './storage';
import type { StoredEntry } from './stored-record';

export interface LatestReport {
  readonly report: Report;
  /** The journal was newer than IndexedDB: the editor saves it at once. */
  readonly fromJournal: boolean;
  /** The stored revision the report was read at: the editor's saves expect it. */
  readonly revision: number;
}

function latest(stored: Report, revision: number): LatestReport {
  const journal = readJournalEntry(stored.id);
  const { report, fromJournal } = newerOfStoredAndJournal(stored, journal, revision);
  const open = report ?? stored;
  return { report: { ...open, meta: cleanMeta(open.meta) }, fromJournal, revision };
}

/**
 * Report `id` as it was last typed; `unreadable` with the reason when it is stored but the format
 * refuses it; undefined when it is not stored (a journal alone is not).
 */
export async function loadLatestReport(
  id: string,
): Promise<LatestReport | { readonly unreadable: string } | undefined> {
  const stored = await getStoredReport(id);
  if (!stored) return undefined;
  return stored.kind === 'ok' ? latest(stored.report, stored.revision) : { unreadable: stored.reason };
}

/** Every stored report as it was last typed, the unreadable ones too, the most recently saved first. */
export async function loadLatestEntries(): Promise<StoredEntry[]> {
  return (await listStoredReports()).map((e) =>
    e.kind === 'ok' ? { ...e, report: latest(e.report, e.revision).report } : e,
  );
}

/** Every stored report that opens, as it was last typed, the most recently saved first. */
export async function loadLatestReports(): Promise<Report[]> {
  return (await loadLatestEntries()).flatMap((e) => (e.kind === 'ok' ? [e.report] : []));
}
