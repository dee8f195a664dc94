// Lays a table spec out on a grid of rows × columns with merges, as the table is printed.
// The editor's grid, the preview and the Word export all draw from this one layout, so a merge
// cannot be right in one of them and wrong in another.
import type { BandTable, ColumnNode, RowNode, TableSpec, TreeTable } from './spec-types';
import { leafNodes, tableCells, type CellSpec } from './table-cells';

export type GridCellKind = 'corner' | 'column-header' | 'row-label' | 'item' | 'band-head' | 'data';

export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly kind: GridCellKind;
  /** Printed text of a header or label cell; empty for data cells. */
  readonly text: string;
  /** For data cells: the numeric cell. */
  readonly cell?: CellSpec;
}

export interface TableLayout {
  readonly tableId: string;
  readonly columnCount: number;
  /** Columns holding row labels, before the data columns. */
  readonly labelColumns: number;
  /** Leading rows that are column headers (repeated on each printed page). */
  readonly headerRows: number;
  /** The cells that start in each grid row, left to right. */
  readonly rows: readonly (readonly GridCell[])[];
  /** For every grid position, the cell covering it (itself or a merge from above or the left). */
  readonly owner: readonly (readonly GridCell[])[];
}

function depth<N extends { readonly children?: readonly N[] }>(nodes: readonly N[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + (n.children?.length ? depth(n.children) : 0)), 0);
}

function layoutTree(table: TreeTable): GridCell[] {
  const cells: GridCell[] = [];
  const labelColumns = depth<RowNode>(table.rows.filter((r) => r.label !== ''));
  const headerRows = depth<ColumnNode>(table.columns);
  if (labelColumns > 0) {
    cells.push({
      row: 0,
      col: 0,
      rowSpan: headerRows,
      colSpan: labelColumns,
      kind: 'corner',
      text: table.corner ?? '',
    });
  }
  const placeColumns = (nodes: readonly ColumnNode[], level: number, startCol: number): void => {
    let col = startCol;
    for (const node of nodes) {
      const span = leafNodes(node).length;
      const isLeaf = !node.children?.length;
      cells.push({
        row: level,
        col,
        rowSpan: isLeaf ? headerRows - level : 1,
        colSpan: span,
        kind: 'column-header',
        text: node.label,
      });
      if (!isLeaf && node.children) placeColumns(node.children, level + 1, col);
      col += span;
    }
  };
  placeColumns(table.columns, 0, labelColumns);

  const byRowCol = new Map(tableCells(table).map((c) => [`${c.rowId}|${c.colId}`, c]));
  const colIds = table.columns.flatMap((c) => leafNodes(c)).map((c) => c.id ?? '');
  const placeRows = (nodes: readonly RowNode[], level: number, startRow: number): void => {
    let row = startRow;
    for (const node of nodes) {
      const leaves = leafNodes(node);
      const isLeaf = !node.children?.length;
      if (labelColumns > 0) {
        cells.push({
          row,
          col: level,
          rowSpan: leaves.length,
          colSpan: isLeaf ? labelColumns - level : 1,
          kind: 'row-label',
          text: node.label,
        });
      }
      if (isLeaf) {
        colIds.forEach((colId, i) => {
          const cell = byRowCol.get(`${node.id ?? ''}|${colId}`);
          if (cell)
            cells.push({ row, col: labelColumns + i, rowSpan: 1, colSpan: 1, kind: 'data', text: '', cell });
        });
      } else if (node.children) {
        placeRows(node.children, level + 1, row);
      }
      row += leaves.length;
    }
  };
  placeRows(table.rows, 0, headerRows);
  return cells;
}

function layoutBands(table: BandTable): GridCell[] {
  const cells: GridCell[] = [];
  const byRowCol = new Map(tableCells(table).map((c) => [`${c.rowId}|${c.colId}`, c]));
  const width = 1 + table.dataColumns;
  let row = 0;
  for (const band of table.bands) {
    cells.push({ row, col: 0, rowSpan: 1, colSpan: width, kind: 'item', text: band.item });
    row++;
    // The last column of a band with fewer columns spans the rest of the grid.
    const spanOf = (i: number): number => (i === band.columns.length - 1 ? table.dataColumns - i : 1);
    cells.push({ row, col: 0, rowSpan: 1, colSpan: 1, kind: 'band-head', text: band.head });
    band.columns.forEach((c, i) =>
      cells.push({ row, col: 1 + i, rowSpan: 1, colSpan: spanOf(i), kind: 'column-header', text: c.label }),
    );
    row++;
    for (const r of band.rows) {
      cells.push({ row, col: 0, rowSpan: 1, colSpan: 1, kind: 'row-label', text: r.label });
      band.columns.forEach((c, i) => {
        const cell = byRowCol.get(`${r.id ?? ''}|${c.id ?? ''}`);
        if (cell)
          cells.push({ row, col: 1 + i, rowSpan: 1, colSpan: spanOf(i), kind: 'data', text: '', cell });
      });
      row++;
    }
  }
  return cells;
}

const cache = new WeakMap<TableSpec, TableLayout>();

export function layoutTable(table: TableSpec): TableLayout {
  const hit = cache.get(table);
  if (hit) return hit;
  const cells = table.type === 'tree' ? layoutTree(table) : layoutBands(table);
  const rowCount = cells.reduce((n, c) => Math.max(n, c.row + c.rowSpan), 0);
  const columnCount = cells.reduce((n, c) => Math.max(n, c.col + c.colSpan), 0);
  const owner: GridCell[][] = Array.from({ length: rowCount }, () => []);
  for (const c of cells) {
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const line = owner[r];
        if (!line) throw new Error(`layout row ${r} out of range`);
        if (line[k]) throw new Error(`layout overlap at ${r},${k} in ${table.id}`);
        line[k] = c;
      }
    }
  }
  for (let r = 0; r < rowCount; r++) {
    for (let k = 0; k < columnCount; k++) {
      if (!owner[r]?.[k]) throw new Error(`layout hole at ${r},${k} in ${table.id}`);
    }
  }
  const rows = Array.from({ length: rowCount }, (_, r) =>
    cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col),
  );
  const layout: TableLayout = {
    tableId: table.id,
    columnCount,
    labelColumns: table.type === 'tree' ? depth<RowNode>(table.rows.filter((r) => r.label !== '')) : 1,
    headerRows: table.type === 'tree' ? depth<ColumnNode>(table.columns) : 0,
    rows,
    owner,
  };
  cache.set(table, layout);
  return layout;
}
