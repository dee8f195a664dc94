import type { GridCell } from '../template/layout-table';
import { stickyStyle } from './label-columns';

const TH = 'border border-slate-300 bg-slate-50 px-2 py-1.5 text-xs font-medium text-slate-700';

/**
 * A cell of an official table that is not a figure: the corner, a band's 第二十条 item, a row label
 * or a column header, with the scope that lets a screen reader name each figure by its row and
 * column.
 */
export function HeaderCell({ g, labelColumns }: { readonly g: GridCell; readonly labelColumns: number }) {
  const style = stickyStyle(g, labelColumns);
  switch (g.kind) {
    case 'corner':
      return (
        <td
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} font-normal text-slate-500`}
        >
          {g.text}
        </td>
      );
    case 'item':
      return (
        <th
          scope="colgroup"
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          className={`${TH} bg-slate-100 text-left text-sm font-semibold text-slate-800`}
        >
          {g.text}
        </th>
      );
    case 'row-label':
      return (
        <th
          scope={g.rowSpan > 1 ? 'rowgroup' : 'row'}
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} text-left font-normal text-slate-800`}
        >
          {g.text}
        </th>
      );
    default:
      return (
        <th
          scope={g.colSpan > 1 ? 'colgroup' : 'col'}
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} text-center`}
        >
          {g.text}
        </th>
      );
  }
}
