import { useEffect, useState } from 'react';
import { saveShortcutMessage } from './save-shortcut-message';
import type { SaveStatus } from './save-status';
import { useWordShortcuts } from './use-word-shortcuts';

/** How long the Ctrl+S confirmation stays: long enough to read, then out of the way. */
const NOTICE_MS = 6000;

/**
 * Takes over Ctrl+S (a confirmation that everything is saved, shown under the header) and Ctrl+P
 * (handed to `onPrint`). Its own state, so the confirmation re-renders this strip, not the editor.
 */
export function WordShortcuts({
  status,
  onPrint,
}: {
  readonly status: SaveStatus;
  readonly onPrint: () => void;
}) {
  const [notice, setNotice] = useState<{ readonly text: string; readonly n: number }>();
  useWordShortcuts({
    onSave: () =>
      setNotice((old) => ({ text: saveShortcutMessage(status.get(), new Date()), n: (old?.n ?? 0) + 1 })),
    onPrint,
  });
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div
      role="status"
      className={
        notice ? 'border-b border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900' : 'sr-only'
      }
    >
      {notice?.text}
    </div>
  );
}
