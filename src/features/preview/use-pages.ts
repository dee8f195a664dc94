import { useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { PageMeasure, type PlacedUnit } from './measure-pages';
import type { PreviewUnit } from './preview-units';

/** Pages drawn per task once laid out: a report of usual length is drawn at once. */
export const PAGES_PER_TASK = 12;

export interface Pages {
  /** Every page, once laid out; the pages drawn so far are the first `drawn`. */
  readonly pages: readonly PlacedUnit[][];
  readonly drawn: number;
  /** What the hidden measuring column holds now, to be rendered as a page's units are. */
  readonly measuring: readonly PlacedUnit[];
  /** Every page laid out and drawn (printing waits for it); while not, `progress` is 0 to 1. */
  readonly ready: boolean;
  readonly progress: number;
}

interface Laid {
  readonly units: readonly PreviewUnit[];
  readonly pages: PlacedUnit[][];
}

/** Every unit on one page: where nothing can be measured (jsdom), nothing is missing from it. */
const onePage = (units: readonly PreviewUnit[]): PlacedUnit[][] => [units.map((_, unit) => ({ unit }))];

const nextTask = (fn: () => void) => setTimeout(fn, 0);

/**
 * The pages of the preview, measured after layout and again once the fonts have loaded (they
 * change where lines break). The units are laid out in the hidden column a slice at a time
 * (PageMeasure), one slice per task, and the pages drawn a few at a time, so the page keeps
 * answering with 100,000-character narratives; a report of usual length is one slice, measured
 * and drawn before the first paint as before. Until a new list of units is laid out the pages of
 * the old one stay if they are of the same units, else none are drawn (`ready` is false).
 */
export function usePages(units: readonly PreviewUnit[], column: RefObject<HTMLElement | null>): Pages {
  const [laid, setLaid] = useState<Laid>();
  const [drawn, setDrawn] = useState(0);
  const [measuring, setMeasuring] = useState<{ units: readonly PreviewUnit[]; slice: PlacedUnit[] }>();
  const [progress, setProgress] = useState(0);
  // The first slice is rendered with the units, so a short report is measured in the layout effect.
  const firstSlice = useMemo(() => new PageMeasure(units).slice(), [units]);

  useLayoutEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measurable = () => {
      const el = column.current;
      // Printing hides the measuring column (display: none): measured then, every unit would have
      // no height and the whole report would fit on one page. A measure that falls due while the
      // print media is on (the fonts finishing loading under the print dialog) keeps the pages.
      return el && el.getClientRects().length > 0 ? el : undefined;
    };
    const draw = (pages: PlacedUnit[][], upTo: number) => {
      if (!live) return;
      setDrawn(upTo);
      if (upTo < pages.length) {
        timer = nextTask(() => flushSync(() => draw(pages, Math.min(pages.length, upTo + PAGES_PER_TASK))));
      }
    };
    const finish = (m: PageMeasure) => {
      const pages = m.pages();
      setLaid({ units, pages });
      setMeasuring(undefined);
      draw(pages, Math.min(pages.length, PAGES_PER_TASK));
      remeasureOnFonts();
    };
    /** Measures what the column shows now; the next slice is laid out in a later task. */
    const step = (m: PageMeasure, slice: PlacedUnit[]) => {
      const el = measurable();
      if (!live || !el) return;
      m.measure(el, slice);
      if (m.done) {
        finish(m);
        return;
      }
      timer = nextTask(() => {
        if (!live) return;
        const next = m.slice();
        flushSync(() => {
          setMeasuring({ units, slice: next });
          setProgress(m.progress);
        });
        step(m, next);
      });
    };
    const start = (m: PageMeasure, slice: PlacedUnit[]) => {
      if (!measurable()) {
        setLaid((old) => (old?.units === units ? old : { units, pages: onePage(units) }));
        setDrawn(Number.MAX_SAFE_INTEGER);
        return;
      }
      step(m, slice);
    };
    // Fonts still loading change where lines break (a slice may start a font's load): once they
    // have loaded, the units are measured again from the start.
    let waiting = false;
    function remeasureOnFonts() {
      if (waiting || document.fonts?.status !== 'loading') return;
      waiting = true;
      void document.fonts.ready.then(() => {
        waiting = false;
        if (!live) return;
        if (timer !== undefined) clearTimeout(timer);
        const m = new PageMeasure(units);
        const slice = m.slice();
        flushSync(() => setMeasuring({ units, slice }));
        start(m, slice);
      });
    }
    start(new PageMeasure(units), firstSlice);
    remeasureOnFonts();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [units, column, firstSlice]);

  const current = laid?.units === units ? laid.pages : undefined;
  const slice = measuring?.units === units ? measuring.slice : firstSlice;
  return {
    pages: current ?? [],
    drawn: current ? Math.min(drawn, current.length) : 0,
    measuring: slice,
    ready: current !== undefined && drawn >= current.length && measuring?.units !== units,
    progress: current ? 1 : progress,
  };
}
