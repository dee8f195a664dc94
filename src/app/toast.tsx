import { useEffect } from 'react';

/** A short notice at the bottom of the screen, with an optional action (e.g. 撤销). */
export function Toast({
  message,
  actionLabel,
  onAction,
  onDone,
  ms = 8000,
}: {
  readonly message: string;
  readonly actionLabel?: string;
  readonly onAction?: () => void;
  readonly onDone: () => void;
  readonly ms?: number;
}) {
  useEffect(() => {
    const t = setTimeout(onDone, ms);
    return () => clearTimeout(t);
  }, [onDone, ms]);
  return (
    <div
      role="status"
      className="fixed bottom-6 left-1/2 z-50 flex -translate-x-1/2 items-center gap-4 rounded-lg bg-slate-800 px-4 py-3 text-sm text-white shadow-lg"
    >
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button type="button" className="font-medium text-sky-300 hover:underline" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
    </div>
  );
}
