// First working version of the official grid; keyboard, paste and marks follow.
import { useFormContext } from 'react-hook-form';
import type { Report } from '../../report/report-schema';
import type { FormatSpec, TableSpec } from '../../template/spec-types';
import { layoutTable } from '../../template/layout-table';
import { cellLabel, type CellSpec } from '../../template/table-cells';
import { cellDomId } from '../../ui/dom-ids';
import { useDisplayValue } from '../../ui/live-checks';

function ComputedCell({ cell }: { readonly cell: CellSpec }) {
  const value = useDisplayValue(cell.id);
  return (
    <input
      id={cellDomId(cell.id)}
      aria-label={cellLabel(cell)}
      readOnly
      value={value}
      className="w-full bg-slate-100 px-1 text-right"
    />
  );
}

function InputCell({ cell }: { readonly cell: CellSpec }) {
  const { register } = useFormContext<Report>();
  // Field names are built from the spec; the report type lists them per format.
  const name = `cells.${cell.id}` as 'cells';
  return (
    <input
      id={cellDomId(cell.id)}
      aria-label={cellLabel(cell)}
      inputMode={cell.kind === 'amount-with-unit' ? 'text' : 'decimal'}
      className="w-full px-1 text-right"
      {...register(name)}
    />
  );
}

export function TableGrid({ table }: { readonly format: FormatSpec; readonly table: TableSpec }) {
  const layout = layoutTable(table);
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-sm">
        <tbody>
          {layout.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c) =>
                c.kind === 'data' && c.cell ? (
                  <td key={c.col} rowSpan={c.rowSpan} colSpan={c.colSpan} className="border border-slate-300">
                    {c.cell.computed ? <ComputedCell cell={c.cell} /> : <InputCell cell={c.cell} />}
                  </td>
                ) : (
                  <th
                    key={c.col}
                    rowSpan={c.rowSpan}
                    colSpan={c.colSpan}
                    className="border border-slate-300 px-2"
                  >
                    {c.text}
                  </th>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
