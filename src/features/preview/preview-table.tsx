import { formatNumber } from '../../template/format-number';
import { layoutTable, type GridCell } from '../../template/layout-table';
import type { ResolvedValue } from '../../template/rules/resolve-values';
import type { TableSpec } from '../../template/spec-types';
import { cellLabel } from '../../template/table-cells';
import { previewColumnWidths } from './preview-column-widths';

/** What a data cell prints: its figure (computed totals included), the typed text if it is not one. */
function cellText(value: ResolvedValue | undefined, raw: string | undefined): string {
  if (!value || value.status === 'empty') return '';
  if (value.status === 'invalid') return (raw ?? '').trim();
  return `${formatNumber(value.value)}${value.unit ?? ''}`;
}

function classOf(cell: GridCell): string {
  if (cell.kind === 'data') return 'rp-td rp-num';
  // Leaf row labels read left to right as in the notice's table; headers and merged parents are centred.
  return cell.kind === 'row-label' && cell.rowSpan === 1 ? 'rp-td rp-label' : 'rp-td rp-head';
}

/**
 * A table of the report drawn from `layoutTable()`, the merged grid the editor and the Word export
 * draw from too, so the preview cannot merge a cell the .docx does not. Header rows go in <thead>
 * so a printed table that breaks across pages repeats them, as the .docx marks them to.
 */
export function PreviewTable(props: {
  readonly table: TableSpec;
  readonly caption: string;
  readonly values: ReadonlyMap<string, ResolvedValue>;
  readonly cells: Readonly<Record<string, string | undefined>>;
}) {
  const layout = layoutTable(props.table);
  const widths = previewColumnWidths(layout);
  const renderRow = (line: readonly GridCell[], r: number) => (
    <tr key={r}>
      {line.map((cell) => {
        const span = {
          ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
          ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        };
        if (cell.kind === 'data' && cell.cell) {
          return (
            <td
              key={cell.col}
              {...span}
              className={classOf(cell)}
              data-cell={cell.cell.id}
              aria-label={`${cellLabel(cell.cell)}：${cellText(props.values.get(cell.cell.id), props.cells[cell.cell.id]) || '未填'}`}
            >
              {cellText(props.values.get(cell.cell.id), props.cells[cell.cell.id])}
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
            {cell.text}
          </th>
        );
      })}
    </tr>
  );
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  return (
    <table
      className={`rp-table${layout.columnCount >= 12 ? ' rp-table-small' : ''}`}
      aria-label={props.caption}
    >
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w.toFixed(3)}%` }} />
        ))}
      </colgroup>
      {head.length > 0 && <thead>{head.map((line, r) => renderRow(line, r))}</thead>}
      <tbody>{body.map((line, r) => renderRow(line, r + layout.headerRows))}</tbody>
    </table>
  );
}
