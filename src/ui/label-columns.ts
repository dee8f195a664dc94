// The row-label columns of an official table stay in view while the figures scroll sideways: on a
// 1366×768 screen table 三 scrolls to its 总计 column, and a figure without its row label cannot be
// checked. Used by every screen that draws an official table (src/ui/official-table.tsx).
import type { CSSProperties } from 'react';
import type { GridCell } from '../template/layout-table';

/** Label columns keep a fixed width (rem) so they can stick to the left edge. */
function labelWidth(col: number, labelColumns: number): number {
  return col === labelColumns - 1 ? 9 : 6;
}

/** Width of all label columns (rem): the part of the scroller the sticky labels cover. */
export function labelsWidth(labelColumns: number): number {
  let width = 0;
  for (let c = 0; c < labelColumns; c++) width += labelWidth(c, labelColumns);
  return width;
}

/** Row labels and the corner over them stick to the left edge; other cells scroll. */
export function stickyStyle(g: GridCell, labelColumns: number): CSSProperties | undefined {
  if (g.col >= labelColumns || g.kind === 'item') return undefined;
  let left = 0;
  for (let c = 0; c < g.col; c++) left += labelWidth(c, labelColumns);
  let width = 0;
  for (let c = g.col; c < Math.min(g.col + g.colSpan, labelColumns); c++)
    width += labelWidth(c, labelColumns);
  // A collapsed border is not painted by a sticky cell, so figures scrolling under it would show
  // through its left edge: a shadow in the border colour covers it; the last label column draws
  // a darker line over the figures.
  const edge = g.col + g.colSpan === labelColumns ? ', inset -1px 0 0 0 #94a3b8' : '';
  return {
    position: 'sticky',
    left: `${left}rem`,
    width: `${width}rem`,
    minWidth: `${width}rem`,
    zIndex: 10,
    boxShadow: `inset 1px 0 0 0 #cbd5e1, -2px 0 0 0 #f8fafc${edge}`,
  };
}
