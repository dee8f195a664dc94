// One official table drawn read-only, as printed: the merges and row hierarchy of layoutTable(),
// the row labels sticking to the left edge while the figures scroll, and each figure named by its
// row and column as everywhere a table is shown (cellLabel). The screen decides what a figure cell
// shows through a render prop; the editor's grid draws its inputs through the same rows.
//
//   <OfficialTable table={spec} label="表三" renderCell={({ cell, label, rowSpan, colSpan }) => (
//     <td rowSpan={rowSpan} colSpan={colSpan} aria-label={label}>{figures[cell.id]}</td>
//   )} />
//
// `renderCell` is called for every data cell and must return one table cell (<td> or <th>) carrying
// the given rowSpan and colSpan. Give a stable function (module level or useCallback): the rows are
// memoised on it, so a new function on every render re-renders the whole table.
import { Fragment, memo, type ReactNode } from 'react';
import { layoutTable, type GridCell, type TableLayout } from '../template/layout-table';
import type { TableSpec } from '../template/spec-types';
import { cellLabel, type CellSpec } from '../template/table-cells';
import { HeaderCell } from './header-cell';
import { labelsWidth } from './label-columns';

/** What the render prop gets for each figure cell of the table. */
export interface DataCellProps {
  readonly cell: CellSpec;
  /** "row path / column path" (cellLabel): the cell's accessible name on every screen. */
  readonly label: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export type RenderDataCell = (props: DataCellProps) => ReactNode;

const Row = memo(function Row({
  cells,
  labelColumns,
  renderCell,
}: {
  readonly cells: readonly GridCell[];
  readonly labelColumns: number;
  readonly renderCell: RenderDataCell;
}) {
  return (
    <tr>
      {cells.map((g) =>
        g.kind !== 'data' || !g.cell ? (
          <HeaderCell key={g.col} g={g} labelColumns={labelColumns} />
        ) : (
          <Fragment key={g.col}>
            {renderCell({ cell: g.cell, label: cellLabel(g.cell), rowSpan: g.rowSpan, colSpan: g.colSpan })}
          </Fragment>
        ),
      )}
    </tr>
  );
});

/**
 * The header rows (in <thead>, repeated on each printed page) and the body rows of a laid-out
 * table, for a screen that draws its own <table> element around them (the editor's grid does).
 */
export const OfficialTableRows = memo(function OfficialTableRows({
  layout,
  renderCell,
}: {
  readonly layout: TableLayout;
  readonly renderCell: RenderDataCell;
}) {
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  return (
    <>
      {head.length > 0 && (
        <thead>
          {head.map((cells, r) => (
            <Row key={r} cells={cells} labelColumns={layout.labelColumns} renderCell={renderCell} />
          ))}
        </thead>
      )}
      <tbody>
        {body.map((cells, r) => (
          <Row key={r} cells={cells} labelColumns={layout.labelColumns} renderCell={renderCell} />
        ))}
      </tbody>
    </>
  );
});

/**
 * A whole table in its own horizontal scroller. The scroller is a named, focusable region, so a
 * keyboard user can scroll a table whose cells hold nothing focusable.
 */
export function OfficialTable({
  table,
  label,
  renderCell,
}: {
  readonly table: TableSpec;
  /** The table's accessible name, e.g. its section title. */
  readonly label: string;
  readonly renderCell: RenderDataCell;
}) {
  const layout = layoutTable(table);
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="isolate max-w-full overflow-x-auto rounded-sm focus-visible:ring-2 focus-visible:ring-blue-600"
      style={{ scrollPaddingLeft: `${labelsWidth(layout.labelColumns)}rem` }}
    >
      <table aria-label={label} data-table-id={table.id} className="border-collapse bg-white text-sm">
        <OfficialTableRows layout={layout} renderCell={renderCell} />
      </table>
    </div>
  );
}
