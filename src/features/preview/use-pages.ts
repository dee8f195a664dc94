import { useLayoutEffect, useState, type RefObject } from 'react';
import { measurePages, type PlacedUnit } from './measure-pages';
import type { PreviewUnit } from './preview-units';

/**
 * The pages of the preview, measured after layout and again once the fonts have loaded (they
 * change where lines break). Until measured, and where nothing can be measured (jsdom), every
 * unit is on one page, so nothing is ever missing from the preview.
 */
export function usePages(
  units: readonly PreviewUnit[],
  column: RefObject<HTMLElement | null>,
): PlacedUnit[][] {
  const [state, setState] = useState<{
    readonly units: readonly PreviewUnit[];
    readonly pages: PlacedUnit[][];
  }>();
  useLayoutEffect(() => {
    let live = true;
    const measure = () => {
      const el = column.current;
      // Printing hides the measuring column (display: none): measured then, every unit would have
      // no height and the whole report would fit on one page. A measure that falls due while the
      // print media is on (the fonts finishing loading under the print dialog) keeps the pages.
      if (!live || !el || el.getClientRects().length === 0) return;
      setState({ units, pages: measurePages(el, units) });
    };
    measure();
    void document.fonts?.ready.then(measure);
    return () => {
      live = false;
    };
  }, [units, column]);
  return state && state.units === units ? state.pages : [units.map((_, unit) => ({ unit }))];
}
