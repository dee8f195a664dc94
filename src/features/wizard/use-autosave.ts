// Autosave (issue 3): within half a second of any change the report is written to IndexedDB.
// It listens with the callback form of `watch`, which re-renders nothing (pitfalls.md), and
// reads the values at save time with getValues.
//
// Nothing typed may be lost on a reload (issue 6): an IndexedDB write started in `pagehide` is
// asynchronous and Chromium drops it at unload, so every change is also journalled synchronously
// in localStorage (report/edit-journal.ts) and the journal is cleared once IndexedDB has the data.
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { clearJournal, writeJournal } from '../../report/edit-journal';
import type { Report } from '../../report/report-schema';
import { markEditedAfterApproval } from '../../report/review';
import { putReport } from '../../report/storage';
import { saveFailureMessage } from './save-failure-message';
import type { SaveStatus } from './save-status';

/** Debounce: several keystrokes in a row are one save, and the save lands well within 500 ms. */
export const SAVE_DELAY_MS = 250;

/** Where the latest edit is kept synchronously until IndexedDB has it. */
export interface EditJournal {
  readonly write: (report: Report) => void;
  readonly clear: (reportId: string, savedAt: string) => void;
}

const LOCAL_JOURNAL: EditJournal = {
  write: (report) => void writeJournal(report),
  clear: (reportId, savedAt) => clearJournal(reportId, savedAt),
};

export function useAutosave(
  form: UseFormReturn<Report>,
  status: SaveStatus,
  options: {
    readonly enabled: boolean;
    readonly onReturnedToDraft: () => void;
    readonly save?: (report: Report) => Promise<void>;
    readonly journal?: EditJournal;
    /** The report was opened from a journal newer than the store: save it at once. */
    readonly unsavedAtStart?: boolean;
  },
): void {
  const { enabled, onReturnedToDraft, unsavedAtStart = false } = options;
  const save = options.save ?? putReport;
  const journal = options.journal ?? LOCAL_JOURNAL;
  useEffect(() => {
    if (!enabled) {
      status.set({ kind: 'readonly' });
      return;
    }
    status.set({ kind: 'saved' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    let journalDue = false;
    const write = async () => {
      timer = undefined;
      pending = false;
      const at = new Date().toISOString();
      const report = { ...form.getValues(), updatedAt: at };
      try {
        await save(report);
        if (!pending) {
          status.set({ kind: 'saved', at });
          journal.clear(report.id, at);
        }
      } catch (error) {
        status.set({ kind: 'error', message: saveFailureMessage(error) });
      }
    };
    /** The synchronous copy; its updatedAt is the time of the change, so a later save clears it. */
    const writeJournalNow = () => {
      if (!journalDue) return;
      journalDue = false;
      journal.write({ ...form.getValues(), updatedAt: new Date().toISOString() });
    };
    const schedule = () => {
      pending = true;
      status.set({ kind: 'saving' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void write(), SAVE_DELAY_MS);
    };
    const sub = form.watch((_values, { name }) => {
      // An edit of an approved report takes it back to 草稿 (issue 5). Changes of the review itself
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
  }, [form, status, enabled, onReturnedToDraft, save, journal, unsavedAtStart]);
}
