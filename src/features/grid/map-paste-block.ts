// Maps a block copied from a spreadsheet onto the table, starting at the focused cell. Nothing is
// written unless every value is a figure: a word (无, —, 见附件) refuses the whole paste and names
// the cell, so a half-pasted block never has to be hunted down. Totals are computed, so values
// landing on them are skipped and said so (clerks often copy a block with its 总计 column).
import { MAX_CELL_LENGTH } from '../../template/content-schema';
import { normalizeFigure } from '../../template/normalize-figure';
import type { CellSpec } from '../../template/table-cells';
import type { DataMatrix } from './data-matrix';

export interface PasteWrite {
  readonly cell: CellSpec;
  readonly value: string;
}

export interface PastePlan {
  readonly writes: readonly PasteWrite[];
  /** Computed cells the block covered: not written. */
  readonly skippedTotals: readonly CellSpec[];
  /** The first value that is not a figure, and where it would have gone. */
  readonly refused?: { readonly cell: CellSpec; readonly text: string };
  readonly droppedRows: number;
  readonly droppedColumns: number;
}

/** A figure as the tables print it, after normalising: 12, -3, 0.5, 4万元, 251000元. */
const FIGURE = /^-?\d+(\.\d+)?(元|万元)?$/;

export function mapPasteBlock(
  matrix: DataMatrix,
  startCellId: string,
  block: readonly (readonly string[])[],
): PastePlan {
  const start = matrix.at.get(startCellId);
  const writes: PasteWrite[] = [];
  const skippedTotals: CellSpec[] = [];
  let refused: PastePlan['refused'];
  let droppedRows = 0;
  let droppedColumns = 0;
  if (!start) return { writes, skippedTotals, droppedRows: block.length, droppedColumns: 0 };
  block.forEach((line, i) => {
    const row = matrix.rows[start.r + i];
    if (!row) {
      droppedRows++;
      return;
    }
    droppedColumns = Math.max(droppedColumns, Math.min(line.length, start.c + line.length - row.length));
    line.forEach((text, j) => {
      const cell = row[start.c + j];
      if (!cell) return;
      if (cell.computed) {
        if (text.trim() !== '') skippedTotals.push(cell);
        return;
      }
      const value = normalizeFigure(text);
      // A figure longer than a cell may hold (the report schema's limit) is a wrong copy, not a figure.
      if (value !== '' && (!FIGURE.test(value) || value.length > MAX_CELL_LENGTH)) {
        refused ??= { cell, text: text.trim() };
        return;
      }
      writes.push({ cell, value });
    });
  });
  return refused
    ? { writes: [], skippedTotals, refused, droppedRows, droppedColumns }
    : { writes, skippedTotals, droppedRows, droppedColumns };
}
