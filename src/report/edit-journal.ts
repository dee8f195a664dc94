// A synchronous copy of the report being edited, in localStorage, so that nothing typed is lost
// when the page goes away (hostile suite: type `42`, Tab, `3`, reload at once). The
// autosave's IndexedDB write is asynchronous, and Chromium drops a write started in `pagehide`
// when the page unloads; a localStorage write completes before the handler returns. The editor
// writes the journal after every change, opens from it when it is newer than the IndexedDB copy,
// and clears it once IndexedDB holds the same data. IndexedDB stays the store of record: the
// journal holds at most one report per id, only until the next save lands.
//
// Each entry records the stored revision it was typed on (storage.ts): a tab that another tab has
// overtaken must not come back through its journal over the newer stored copy.
import { reportSchema, type Report } from './report-schema';

/** The part of localStorage the journal uses, so tests can pass their own. */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** To find the journal's other entries when space runs out (localStorage has both). */
  readonly length?: number;
  key?(index: number): string | null;
}

/** A journalled edit: the report as typed and the revision of the stored copy it was typed on. */
export interface JournalEntry {
  readonly report: Report;
  /** Absent in entries written before revisions existed. */
  readonly revision?: number | undefined;
}

/** `written`; `full`: localStorage refused it even after the journal freed its other entries. */
export type JournalWrite = 'written' | 'full' | 'unavailable';

const PREFIX = 'nianbao-journal:';

export function journalKey(reportId: string): string {
  return PREFIX + reportId;
}

function defaultStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // A sandboxed frame or disabled storage throws on access.
    return undefined;
  }
}

/** The journal's entries for other reports, the oldest edit first: what may go when space is short. */
function otherEntries(storage: JournalStorage, keep: string): string[] {
  const keys: { key: string; at: string }[] = [];
  for (let i = 0; i < (storage.length ?? 0); i++) {
    const key = storage.key?.(i);
    if (!key?.startsWith(PREFIX) || key === keep) continue;
    const at = /"updatedAt":"([^"]*)"/u.exec(storage.getItem(key) ?? '')?.[1] ?? '';
    keys.push({ key, at });
  }
  return keys.sort((a, b) => a.at.localeCompare(b.at)).map((k) => k.key);
}

/**
 * Records `report` (its updatedAt = the time of the change), typed on stored `revision`, as the
 * latest edit. When localStorage is full, the journal's entries for other reports go first, the
 * oldest first (each is only a copy of keystrokes made before a page went away); when it is still
 * full, `full` is returned and the caller tells the clerk. The IndexedDB autosave still runs.
 */
export function writeJournal(report: Report, storage = defaultStorage(), revision?: number): JournalWrite {
  if (!storage) return 'unavailable';
  const key = journalKey(report.id);
  const value = JSON.stringify(revision === undefined ? { report } : { revision, report });
  const attempt = () => {
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  };
  if (attempt()) return 'written';
  try {
    for (const other of otherEntries(storage, key)) {
      storage.removeItem(other);
      if (attempt()) return 'written';
    }
  } catch {
    // Storage that cannot even be listed: full it is.
  }
  return 'full';
}

/** The journalled entry, or undefined when there is none or it no longer reads as a report. */
export function readJournalEntry(reportId: string, storage = defaultStorage()): JournalEntry | undefined {
  try {
    const raw = storage?.getItem(journalKey(reportId));
    if (!raw) return undefined;
    const json = JSON.parse(raw) as { report?: unknown; revision?: unknown };
    // Entries written before revisions existed are the bare report.
    const wrapped = typeof json === 'object' && json !== null && 'report' in json;
    const parsed = reportSchema.safeParse(wrapped ? json.report : json);
    if (!parsed.success || parsed.data.id !== reportId) return undefined;
    const revision = wrapped && typeof json.revision === 'number' ? json.revision : undefined;
    return { report: parsed.data, revision };
  } catch {
    return undefined;
  }
}

/** The journalled report, or undefined when there is none or it no longer reads as a report. */
export function readJournal(reportId: string, storage = defaultStorage()): Report | undefined {
  return readJournalEntry(reportId, storage)?.report;
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
      const json = raw ? (JSON.parse(raw) as { updatedAt?: unknown; report?: { updatedAt?: unknown } }) : {};
      const updatedAt: unknown = json.report ? json.report.updatedAt : json.updatedAt;
      if (typeof updatedAt === 'string' && updatedAt > savedAt) return;
    }
    storage.removeItem(journalKey(reportId));
  } catch {
    // Nothing to do: a journal left behind is only read when it is newer than the store.
  }
}

/**
 * Which copy to open: the journal when it is newer than what IndexedDB holds and was typed on the
 * stored revision (a journal typed on an older one belongs to a tab another tab has overtaken). A
 * journal with no stored report is ignored, so a deleted report does not come back.
 */
export function newerOfStoredAndJournal(
  stored: Report | undefined,
  journal: JournalEntry | undefined,
  storedRevision?: number,
): { readonly report: Report | undefined; readonly fromJournal: boolean } {
  const sameRevision =
    journal?.revision === undefined || storedRevision === undefined || journal.revision === storedRevision;
  if (stored && journal && sameRevision && journal.report.updatedAt > stored.updatedAt)
    return { report: journal.report, fromJournal: true };
  return { report: stored, fromJournal: false };
}
