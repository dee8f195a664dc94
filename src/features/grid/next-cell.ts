// Where a spreadsheet key takes the clerk from a cell. Up and down follow the printed grid
// column (in section 二 they cross a band's item and header rows into the next band); left and
// right stay within the row, as in Excel; Tab walks the cells in reading order and leaves the
// table after the last one, so the keyboard is never trapped.
import type { TableLayout } from '../../template/layout-table';
import { dataMatrix } from './data-matrix';

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

export function nextCell(layout: TableLayout, cellId: string, move: Move): string | undefined {
  const matrix = dataMatrix(layout);
  const pos = matrix.at.get(cellId);
  if (!pos) return undefined;
  const row = matrix.rows[pos.r] ?? [];
  switch (move) {
    case 'left':
      return row[pos.c - 1]?.id;
    case 'right':
      return row[pos.c + 1]?.id;
    case 'next':
      return row[pos.c + 1]?.id ?? matrix.rows[pos.r + 1]?.[0]?.id;
    case 'previous':
      return row[pos.c - 1]?.id ?? matrix.rows[pos.r - 1]?.at(-1)?.id;
    case 'up':
    case 'down': {
      const here = layout.rows.flat().find((g) => g.cell?.id === cellId);
      if (!here) return undefined;
      const step = move === 'down' ? 1 : -1;
      for (let r = here.row + step; r >= 0 && r < layout.owner.length; r += step) {
        const owner = layout.owner[r]?.[here.col];
        if (owner?.kind === 'data' && owner.cell) return owner.cell.id;
      }
      return undefined;
    }
  }
}
