// Autosave: within half a second of any change the report is written to IndexedDB.
// It listens with the callback form of `watch`, which re-renders nothing (pitfalls.md), and
// reads the values at save time with getValues.
//
// Nothing typed may be lost on a reload: an IndexedDB write started in `pagehide` is
// asynchronous and Chromium drops it at unload, so every change is also journalled synchronously
// in localStorage (report/edit-journal.ts) and the journal is cleared once IndexedDB has the data.
//
// Each save expects the stored revision this copy was read or last saved at (storage.ts): when
// another tab has saved since, the save is refused and the tab turns read-only (`onStale`) instead
// of overwriting the other tab's edits.
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearJournal, writeJournal, type JournalWrite } from '../../report/edit-journal';
import type { Report } from '../../report/report-schema';
import { markEditedAfterApproval } from '../../report/review';
import { StaleRevisionError } from '../../report/save-refusal';
import { putReport } from '../../report/storage';
import { saveFailureMessage } from './save-failure-message';
import type { SaveStatus } from './save-status';

/** Debounce: several keystrokes in a row are one save, and the save lands well within 500 ms. */
export const SAVE_DELAY_MS = 250;

/** Where the latest edit is kept synchronously until IndexedDB has it. */
export interface EditJournal {
  readonly write: (report: Report, revision: number | undefined) => JournalWrite;
  readonly clear: (reportId: string, savedAt: string) => void;
}

const LOCAL_JOURNAL: EditJournal = {
  write: (report, revision) => writeJournal(report, undefined, revision),
  clear: (reportId, savedAt) => clearJournal(reportId, savedAt),
};

/** Stores the report; resolves to its new revision (undefined where the store keeps none). */
export type SaveReport = (report: Report, expectedRevision: number | undefined) => Promise<number | void>;

const saveToStore: SaveReport = (report, expectedRevision) =>
  putReport(report, expectedRevision === undefined ? {} : { expectedRevision });

export function useAutosave(
  form: UseFormReturn<Report>,
  status: SaveStatus,
  options: {
    readonly enabled: boolean;
    readonly onReturnedToDraft: () => void;
    readonly save?: SaveReport;
    readonly journal?: EditJournal;
    /** The report was opened from a journal newer than the store: save it at once. */
    readonly unsavedAtStart?: boolean;
    /** The stored revision the report was read at; without it saves are not checked. */
    readonly revision?: number | undefined;
    /** Another tab saved this report since it was read: this one must stop saving. */
    readonly onStale?: (() => void) | undefined;
  },
): void {
  const { enabled, onReturnedToDraft, unsavedAtStart = false, onStale } = options;
  const save = options.save ?? saveToStore;
  const journal = options.journal ?? LOCAL_JOURNAL;
  // Kept across runs of the effect (it re-runs when the tab turns read-only and back).
  const revision = useRef(options.revision);
  const stale = useRef(false);
  useEffect(() => {
    if (!enabled || stale.current) {
      status.set({ kind: 'readonly' });
      return;
    }
    status.set({ kind: 'saved' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    let journalDue = false;
    // One save at a time: a second one started while the first waits on IndexedDB (slow on a busy
    // machine) would expect the revision the first is replacing, and be refused as if another tab
    // had saved. A save asked for meanwhile runs when the one in flight ends.
    let inFlight = false;
    let again = false;
    const saveOnce = async (): Promise<'done' | 'stop'> => {
      pending = false;
      const at = new Date().toISOString();
      const report = { ...form.getValues(), updatedAt: at };
      try {
        const next = await save(report, revision.current);
        if (typeof next === 'number') revision.current = next;
        if (!pending) {
          status.set({ kind: 'saved', at });
          journal.clear(report.id, at);
        } else {
          // A keystroke landed meanwhile: its journal entry names the revision just replaced.
          journalDue = true;
          writeJournalNow();
        }
        return 'done';
      } catch (error) {
        if (error instanceof StaleRevisionError) {
          stale.current = true;
          status.set({ kind: 'readonly' });
          onStale?.();
          return 'stop';
        }
        status.set({ kind: 'error', message: saveFailureMessage(error) });
        return 'stop';
      }
    };
    const write = async () => {
      timer = undefined;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        do {
          again = false;
          if (stale.current || (await saveOnce()) === 'stop') break;
        } while (again);
      } finally {
        inFlight = false;
      }
    };
    /** The synchronous copy; its updatedAt is the time of the change, so a later save clears it. */
    const writeJournalNow = () => {
      if (!journalDue || stale.current) return;
      journalDue = false;
      const written = journal.write(
        { ...form.getValues(), updatedAt: new Date().toISOString() },
        revision.current,
      );
      // Said at once: a reload before the save lands would lose what was just typed.
      status.setJournalFull(written === 'full');
    };
    const schedule = () => {
      pending = true;
      status.set({ kind: 'saving' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void write(), SAVE_DELAY_MS);
    };
    const sub = form.watch((_values, { name }) => {
      // An edit of an approved report takes it back to 草稿. Changes of the review itself
      // (the review panel) are not edits of the report.
      if (name && !name.startsWith('review') && form.getValues('review.status') === 'approved') {
        const next = markEditedAfterApproval(form.getValues(), new Date());
        form.setValue('review', next.review);
        onReturnedToDraft();
      }
      // Once per task, not per field: a pasted block sets hundreds of cells in one go. The
      // microtask runs before the browser handles anything else, a reload included.
      if (!journalDue) {
        journalDue = true;
        queueMicrotask(writeJournalNow);
      }
      schedule();
    });
    if (unsavedAtStart) schedule();
    // Leaving the page (closing the tab, reloading) must not drop the last keystrokes.
    const flush = () => {
      writeJournalNow();
      if (pending) {
        if (timer !== undefined) clearTimeout(timer);
        void write();
      }
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [form, status, enabled, onReturnedToDraft, save, journal, unsavedAtStart, onStale]);
}
