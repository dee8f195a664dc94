// A synchronous copy of the report being edited, in localStorage, so that nothing typed is lost
// when the page goes away (issue 6, hostile suite: type `42`, Tab, `3`, reload at once). The
// autosave's IndexedDB write is asynchronous, and Chromium drops a write started in `pagehide`
// when the page unloads; a localStorage write completes before the handler returns. The editor
// writes the journal after every change, opens from it when it is newer than the IndexedDB copy,
// and clears it once IndexedDB holds the same data. IndexedDB stays the store of record: the
// journal holds at most one report per id, only until the next save lands.
import { reportSchema, type Report } from './report-schema';

/** The part of localStorage the journal uses, so tests can pass their own. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function journalKey(reportId: string): string {
  return `nianbao-journal:${reportId}`;
}

function defaultStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // A sandboxed frame or disabled storage throws on access.
    return undefined;
  }
}

/**
 * Records `report` (its updatedAt = the time of the change) as the latest edit. Returns false when
 * localStorage refuses it (full, disabled): the IndexedDB autosave still runs.
 */
export function writeJournal(report: Report, storage = defaultStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(journalKey(report.id), JSON.stringify(report));
    return true;
  } catch {
    return false;
  }
}

/** The journalled report, or undefined when there is none or it no longer reads as a report. */
export function readJournal(reportId: string, storage = defaultStorage()): Report | undefined {
  try {
    const raw = storage?.getItem(journalKey(reportId));
    if (!raw) return undefined;
    const parsed = reportSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.id === reportId ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Forgets the journal of a report once IndexedDB holds the data saved at `savedAt`; a journal
 * written after that (a later keystroke) is kept. Without `savedAt` it is dropped outright (the
 * report was deleted).
 */
export function clearJournal(reportId: string, savedAt?: string, storage = defaultStorage()): void {
  if (!storage) return;
  try {
    if (savedAt !== undefined) {
      // Only the time is needed: validating the whole report with zod here cost a long task
      // (~290 ms at 4× CPU slowdown) after every save while typing (npm run bench).
      const raw = storage.getItem(journalKey(reportId));
      const updatedAt: unknown = raw ? (JSON.parse(raw) as { updatedAt?: unknown }).updatedAt : undefined;
      if (typeof updatedAt === 'string' && updatedAt > savedAt) return;
    }
    storage.removeItem(journalKey(reportId));
  } catch {
    // Nothing to do: a journal left behind is only read when it is newer than the store.
  }
}

/**
 * Which copy to open: the journal when it is newer than what IndexedDB holds. A journal with no
 * stored report is ignored, so a deleted report does not come back.
 */
export function newerOfStoredAndJournal(
  stored: Report | undefined,
  journal: Report | undefined,
): { readonly report: Report | undefined; readonly fromJournal: boolean } {
  if (stored && journal && journal.updatedAt > stored.updatedAt)
    return { report: journal, fromJournal: true };
  return { report: stored, fromJournal: false };
}
