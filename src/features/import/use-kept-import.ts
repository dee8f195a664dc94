import { useEffect, useRef } from 'react';
import { forgetImport, keepImport, type KeptImport } from './kept-import';

/** Keeps 导入检查's reading and corrections for this tab while it is shown (see kept-import). */
export function useKeptImport(kept: KeptImport): void {
  // What was read and corrected is kept for this tab, so a reload comes back here: written when
  // the reading changes and again as the page goes away (the corrections typed since). Where the
  // browser refuses to keep it (storage full), a reload or close would lose it: the browser asks
  // first. Leaving 导入检查 (创建报告, 作为上年报告保存, 放弃导入) forgets it.
  const latest = useRef(kept);
  useEffect(() => {
    latest.current = kept;
  });
  const { pending } = kept;
  useEffect(() => {
    keepImport({ ...latest.current, pending });
  }, [pending]);
  useEffect(() => {
    const leave = (e: BeforeUnloadEvent) => {
      if (keepImport(latest.current)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('beforeunload', leave);
      forgetImport();
    };
  }, []);
}
