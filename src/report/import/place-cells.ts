import type { SourceCell, TableBlock } from './source-document';

/** A cell as a row lists it: its text and how far it spans. */
export interface ListedCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** Spans beyond these are not a report's table: a hostile page must not make the grid huge. */
const MAX_COL_SPAN = 100;
const MAX_ROW_SPAN = 1000;

function span(n: number, max: number): number {
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Lays listed cells out on a grid the way HTML does: each cell takes the first column of its row
 * not yet covered by a cell spanning down from above; row spans stop at the table's last row.
 */
export function placeCells(listed: readonly (readonly ListedCell[])[]): TableBlock {
  const covered: boolean[][] = listed.map(() => []);
  const rows: SourceCell[][] = listed.map(() => []);
  listed.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (covered[r]?.[col]) col++;
      const colSpan = span(cell.colSpan, MAX_COL_SPAN);
      const rowSpan = Math.min(span(cell.rowSpan, MAX_ROW_SPAN), listed.length - r);
      for (let i = r; i < r + rowSpan; i++) {
        const line = covered[i];
        if (line) for (let k = col; k < col + colSpan; k++) line[k] = true;
      }
      rows[r]?.push({ row: r, col, rowSpan, colSpan, text: cell.text });
      col += colSpan;
    }
  });
  return { kind: 'table', rows, positioned: true };
}
