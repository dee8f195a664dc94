// Autosave (issue 3): within half a second of any change the report is written to IndexedDB.
// It listens with the callback form of `watch`, which re-renders nothing (pitfalls.md), and
// reads the values at save time with getValues.
import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Report } from '../../report/report-schema';
import { markEditedAfterApproval } from '../../report/review';
import { putReport } from '../../report/storage';
import { saveFailureMessage } from './save-failure-message';
import type { SaveStatus } from './save-status';

/** Debounce: several keystrokes in a row are one save, and the save lands well within 500 ms. */
export const SAVE_DELAY_MS = 250;

export function useAutosave(
  form: UseFormReturn<Report>,
  status: SaveStatus,
  options: {
    readonly enabled: boolean;
    readonly onReturnedToDraft: () => void;
    readonly save?: (report: Report) => Promise<void>;
  },
): void {
  const { enabled, onReturnedToDraft } = options;
  const save = options.save ?? putReport;
  useEffect(() => {
    if (!enabled) {
      status.set({ kind: 'readonly' });
      return;
    }
    status.set({ kind: 'saved' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const write = async () => {
      timer = undefined;
      pending = false;
      const at = new Date().toISOString();
      try {
        await save({ ...form.getValues(), updatedAt: at });
        if (!pending) status.set({ kind: 'saved', at });
      } catch (error) {
        status.set({ kind: 'error', message: saveFailureMessage(error) });
      }
    };
    const sub = form.watch((_values, { name }) => {
      // An edit of an approved report takes it back to 草稿 (issue 5). Changes of the review itself
      // (the review panel) are not edits of the report.
      if (name && !name.startsWith('review') && form.getValues('review.status') === 'approved') {
        const next = markEditedAfterApproval(form.getValues(), new Date());
        form.setValue('review', next.review);
        onReturnedToDraft();
      }
      pending = true;
      status.set({ kind: 'saving' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void write(), SAVE_DELAY_MS);
    });
    // Leaving the page (closing the tab, reloading) must not drop the last keystrokes.
    const flush = () => {
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
  }, [form, status, enabled, onReturnedToDraft, save]);
}
