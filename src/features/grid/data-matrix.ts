// The table's data cells as a matrix, row by row as laid out (typed and computed cells alike),
// which is what a block pasted from a spreadsheet is mapped onto and what Tab walks through.
import type { TableLayout } from '../../template/layout-table';
import type { CellSpec } from '../../template/table-cells';

export interface DataMatrix {
  readonly rows: readonly (readonly CellSpec[])[];
  /** Where each cell id sits: matrix row and column. */
  readonly at: ReadonlyMap<string, { readonly r: number; readonly c: number }>;
}

const cache = new WeakMap<TableLayout, DataMatrix>();

export function dataMatrix(layout: TableLayout): DataMatrix {
  const hit = cache.get(layout);
  if (hit) return hit;
  const rows = layout.rows
    .map((line) => line.flatMap((g) => (g.kind === 'data' && g.cell ? [g.cell] : [])))
    .filter((line) => line.length > 0);
  const at = new Map<string, { r: number; c: number }>();
  rows.forEach((line, r) => line.forEach((cell, c) => at.set(cell.id, { r, c })));
  const matrix: DataMatrix = { rows, at };
  cache.set(layout, matrix);
  return matrix;
}
