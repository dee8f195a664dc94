import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Ctrl+S / ⌘S and Ctrl+P / ⌘P, the keys a clerk brings from Word. The browser's own answers are
 * wrong here (另存为网页 saves the editor's HTML; 打印 prints the editor screen), so both are taken
 * over for the whole page, in the capture phase, so a focused cell or text box cannot swallow them.
 */
export function useWordShortcuts(handlers: {
  readonly onSave: () => void;
  readonly onPrint: () => void;
}): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        latest.current.onSave();
      } else if (key === 'p') {
        e.preventDefault();
        latest.current.onPrint();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
