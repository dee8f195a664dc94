// Maps a block copied from a spreadsheet onto the table, starting at the focused cell. Nothing is
// written unless every value is a figure: a word (无, —, 见附件) refuses the whole paste and names
// the cell, so a half-pasted block never has to be hunted down. Totals are computed, so values
// landing on them are skipped and said so (clerks often copy a block with its 总计 column), and a
// pasted 总计 that disagrees with the sum of its row is named. Row labels copied along in the first
// column(s) are dropped where they name the row (paste-row-labels.ts).
import { MAX_CELL_LENGTH } from '../../template/content-schema';
import { normalizeFigure } from '../../template/normalize-figure';
import type { CellSpec } from '../../template/table-cells';
import { formatNumber } from '../../template/format-number';
import type { DataMatrix } from './data-matrix';
import { labelColumnCount, labelMatchesRow } from './paste-row-labels';

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
  /** A copied row label naming another row than the one its line lands on. */
  readonly misplaced?: { readonly cell: CellSpec; readonly label: string };
  /** Row labels copied with the block and dropped because they name their rows. */
  readonly droppedLabels: number;
  /** A dash (a spreadsheet's accounting format shows 0 as -) written as 0. */
  readonly dashesAsZero: number;
  /** Pasted totals that differ from what their parts add up to after the paste. */
  readonly totalsDisagree: readonly {
    readonly cell: CellSpec;
    readonly pasted: string;
    readonly sum: string;
  }[];
  readonly droppedRows: number;
  readonly droppedColumns: number;
}

/** A figure as the tables print it, after normalising: 12, -3, 0.5, 4万元, 251000元. */
const FIGURE = /^-?\d+(\.\d+)?(元|万元)?$/;

/** Excel's and WPS's accounting format shows 0 as a dash. */
const DASH = /^[-－−—–]$/;

export function mapPasteBlock(
  matrix: DataMatrix,
  startCellId: string,
  pasted: readonly (readonly string[])[],
  /** The table's values before the paste: what a pasted total is compared with. */
  read: (cellId: string) => string = () => '',
): PastePlan {
  const start = matrix.at.get(startCellId);
  const writes: PasteWrite[] = [];
  const skippedTotals: CellSpec[] = [];
  const pastedTotals: { cell: CellSpec; pasted: string }[] = [];
  let refused: PastePlan['refused'];
  let misplaced: PastePlan['misplaced'];
  let droppedRows = 0;
  let droppedColumns = 0;
  let droppedLabels = 0;
  let dashesAsZero = 0;
  const empty = { droppedLabels, dashesAsZero, totalsDisagree: [] };
  if (!start) return { writes, skippedTotals, droppedRows: pasted.length, droppedColumns: 0, ...empty };
  const labels = labelColumnCount(pasted);
  const block = pasted.map((line) => line.slice(labels));
  block.forEach((line, i) => {
    const row = matrix.rows[start.r + i];
    if (!row) {
      droppedRows++;
      return;
    }
    const first = row[start.c] ?? row[0];
    for (const label of pasted[i]?.slice(0, labels) ?? []) {
      if (label.trim() === '') continue;
      if (first && !labelMatchesRow(label, first.rowPath)) misplaced ??= { cell: first, label: label.trim() };
      else droppedLabels++;
    }
    droppedColumns = Math.max(droppedColumns, Math.min(line.length, start.c + line.length - row.length));
    line.forEach((text, j) => {
      const cell = row[start.c + j];
      if (!cell) return;
      if (cell.computed) {
        if (text.trim() !== '') {
          skippedTotals.push(cell);
          const figure = normalizeFigure(text);
          if (FIGURE.test(figure)) pastedTotals.push({ cell, pasted: figure });
        }
        return;
      }
      let value = normalizeFigure(text);
      if (DASH.test(value)) {
        value = '0';
        dashesAsZero++;
      }
      // A figure longer than a cell may hold (the report schema's limit) is a wrong copy, not a figure.
      if (value !== '' && (!FIGURE.test(value) || value.length > MAX_CELL_LENGTH)) {
        refused ??= { cell, text: text.trim() };
        return;
      }
      writes.push({ cell, value });
    });
  });
  if (misplaced) return { writes: [], skippedTotals: [], misplaced, droppedRows, droppedColumns, ...empty };
  if (refused) return { writes: [], skippedTotals, refused, droppedRows, droppedColumns, ...empty };
  return {
    writes,
    skippedTotals,
    droppedRows,
    droppedColumns,
    droppedLabels,
    dashesAsZero,
    totalsDisagree: disagreeingTotals(matrix, pastedTotals, writes, read),
  };
}

/** The pasted totals that differ from the sum of their parts once the block is written. */
function disagreeingTotals(
  matrix: DataMatrix,
  totals: readonly { readonly cell: CellSpec; readonly pasted: string }[],
  writes: readonly PasteWrite[],
  read: (cellId: string) => string,
): PastePlan['totalsDisagree'] {
  if (totals.length === 0) return [];
  const cells = new Map(matrix.rows.flat().map((c) => [c.id, c]));
  const written = new Map(writes.map((w) => [w.cell.id, w.value]));
  const valueOf = (id: string): number | undefined => {
    const spec = cells.get(id);
    if (spec?.computed) return sum(spec.parts);
    const raw = normalizeFigure(written.get(id) ?? read(id));
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined;
  };
  const sum = (ids: readonly string[]): number | undefined => {
    const parts = ids.map(valueOf).filter((n): n is number => n !== undefined);
    return parts.length === 0 ? undefined : parts.reduce((a, b) => a + b, 0);
  };
  return totals.flatMap(({ cell, pasted }) => {
    const total = sum(cell.parts);
    // A total with a unit (元) is not compared: the parts carry the unit too, or not.
    if (total === undefined || !/^-?\d+(\.\d+)?$/.test(pasted) || Math.abs(total - Number(pasted)) < 1e-9)
      return [];
    return [{ cell, pasted, sum: formatNumber(total) }];
  });
}
