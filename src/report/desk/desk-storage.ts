// The desk's reports, kept in this browser apart from the clerk's own: their own IndexedDB database
// (through idb-keyval, as src/report/storage.ts keeps the clerk's), so that clearing the desk can
// never touch a report being written, and the clerk's list never shows another office's report.
// Nothing here leaves the browser.
import { clear, createStore, del, setMany, values, type UseStore } from 'idb-keyval';
import { deskEntrySchema, type DeskEntry } from './desk-entry';

let deskStore: UseStore | undefined;

/** Opened lazily: importing this module must not touch IndexedDB. */
function store(): UseStore {
  deskStore ??= createStore('nianbao-desk', 'entries');
  return deskStore;
}

/** For tests: use a fresh database. */
export function resetDeskStorageForTests(): void {
  deskStore = undefined;
}

/** Keeps the entries (replacing any of the same id) in one transaction: all are kept or none. */
export async function addDeskEntries(entries: readonly DeskEntry[]): Promise<void> {
  await setMany(
    entries.map((e) => [e.id, e] as [IDBValidKey, unknown]),
    store(),
  );
}

/**
 * Every kept entry that still reads as one, in the order they were added. A record that does not
 * (written by a newer version, or damaged) is skipped rather than breaking the desk.
 */
export async function listDeskEntries(): Promise<DeskEntry[]> {
  const out: DeskEntry[] = [];
  for (const value of await values<unknown>(store())) {
    const parsed = deskEntrySchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

export async function removeDeskEntry(id: string): Promise<void> {
  await del(id, store());
}

/** Empties the desk; the clerk's own reports are in another database and stay. */
export async function clearDesk(): Promise<void> {
  await clear(store());
}
