import type { GridCell } from '../template/layout-table';
import { stickyStyle } from './label-columns';

const TH_BASE = 'border border-slate-300 bg-slate-50 py-1.5 text-xs font-medium text-slate-700';
const TH = `${TH_BASE} px-2`;
/**
 * A column header has a figure column's width (from 52 px): with 4 px each side instead of 8, four
 * characters of 12 px fit on a line, so the four-character headers of tables 三 and 四 stay whole
 * and a six-character one breaks after its fourth, where its two words meet, not after its third.
 */
const COLUMN_TH = `${TH_BASE} px-1`;

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
          className={`${COLUMN_TH} text-center`}
        >
          {g.text}
        </th>
      );
  }
}
