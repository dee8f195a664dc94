import { use } from 'react';
import type { GridCell } from '../../template/layout-table';
import { gridCellText, type TableBlock } from '../../template/print-layout/document-content';
import { columnWidthPercents } from '../../template/print-layout/column-widths';
import { cellLabel } from '../../template/table-cells';
import { CHANGED_NOTE_ID, ChangedCellsContext } from './changed-cells';

function classOf(cell: GridCell): string {
  if (cell.kind === 'data') return 'rp-td rp-num';
  // Leaf row labels read left to right as in the notice's table; headers and merged parents are centred.
  return cell.kind === 'row-label' && cell.rowSpan === 1 ? 'rp-td rp-label' : 'rp-td rp-head';
}

/**
 * The cells that start in grid row r of the part [first, end) of a table: those the layout starts
 * there, and, on the part's first row, those merged down into it from a row on an earlier page,
 * with what is left of their span and no text, as Word and LibreOffice print a merge cut by a page
 * break. Spans stop at `end`.
 */
function cellsOfRow(block: TableBlock, r: number, first: number, end: number): GridCell[] {
  const out: GridCell[] = [];
  (block.layout.owner[r] ?? []).forEach((owner, k) => {
    if (owner.col !== k) return;
    if (owner.row !== r && !(r === first && owner.row < r)) return;
    const rowSpan = Math.min(owner.row + owner.rowSpan, end) - r;
    out.push(owner.row === r ? { ...owner, rowSpan } : { ...owner, row: r, rowSpan, text: '' });
  });
  return out;
}

/**
 * A table of the report, or the rows `from`–`to` of its body when it runs over pages, drawn from
 * the merged grid of layoutTable() with the columns of the Word export, so the preview cannot
 * merge or wrap a cell the .docx does not. Header rows go in <thead> and are repeated on every
 * page the table runs onto, as the .docx marks them to (tblHeader).
 */
export function PreviewTable(props: {
  readonly block: TableBlock;
  readonly from?: number;
  readonly to?: number;
}) {
  const { block } = props;
  const { layout } = block;
  const changed = use(ChangedCellsContext);
  const bodyRows = layout.rows.length - layout.headerRows;
  const first = layout.headerRows + (props.from ?? 0);
  const end = layout.headerRows + (props.to ?? bodyRows);
  const renderRow = (r: number, start: number, stop: number) => (
    <tr key={r}>
      {cellsOfRow(block, r, start, stop).map((cell) => {
        const span = {
          ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        };
        const text = gridCellText(block, cell);
        if (cell.kind === 'data' && cell.cell) {
          const marked = changed.has(cell.cell.id);
          return (
            <td
              key={cell.col}
              {...span}
              className={`${classOf(cell)}${marked ? ' rp-changed' : ''}`}
              {...(marked ? { 'aria-describedby': CHANGED_NOTE_ID } : {})}
              data-cell={cell.cell.id}
              aria-label={`${cellLabel(cell.cell)}：${text || '未填'}`}
            >
              {text}
            </td>
          );
        }
        return (
          <th
            key={cell.col}
            {...span}
            className={classOf(cell)}
            scope={cell.kind === 'row-label' ? 'row' : 'col'}
          >
            {text}
          </th>
        );
      })}
    </tr>
  );
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
  return (
    <table className={`rp-table${block.small ? ' rp-table-small' : ''}`} aria-label={block.caption}>
      <colgroup>
        {columnWidthPercents(layout).map((w, i) => (
          <col key={i} style={{ width: `${w.toFixed(3)}%` }} />
        ))}
      </colgroup>
      {layout.headerRows > 0 && (
        <thead>{range(0, layout.headerRows).map((r) => renderRow(r, 0, layout.headerRows))}</thead>
      )}
      <tbody>{range(first, end).map((r) => renderRow(r, first, end))}</tbody>
    </table>
  );
}
