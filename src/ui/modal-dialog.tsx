// A modal dialog (role="dialog", labelled by its heading): focus moves in when it opens, Esc
// closes it, and focus returns to where it was. Every feature's dialogs are built on it (the
// 新建 form, confirmations, the errors shown before a Word export), so they look and behave alike.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function ModalDialog({
  title,
  onClose,
  wide = false,
  children,
}: {
  readonly title: string;
  readonly onClose: () => void;
  /** For content that needs the room, such as a list of findings. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button');
    first?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        // A long content scrolls inside the dialog, which never grows past the window.
        className={`max-h-[85vh] w-full overflow-y-auto rounded-lg bg-white p-6 shadow-xl ${wide ? 'max-w-xl' : 'max-w-lg'}`}
      >
        <h2 id={titleId} className="mb-4 text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}

/**
 * A question in a dialog, answered by one of two buttons: the confirming one carries the action's
 * own name, the other (取消 unless named) closes the dialog, as Esc does, and comes first, so the
 * focus starts on the answer that changes nothing.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel = '取消',
  onConfirm,
  onCancel,
  danger = false,
  wide = false,
}: {
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly danger?: boolean;
  readonly wide?: boolean;
}) {
  return (
    <ModalDialog title={title} onClose={onCancel} wide={wide}>
      <div className="mb-6 text-sm leading-6 text-slate-700">{message}</div>
      <div className="flex justify-end gap-3">
        <button type="button" className="btn" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={danger ? 'btn btn-danger' : 'btn btn-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
