// A desk report shown read-only, as the office wrote it: metadata, preamble, each section's texts
// and its official table (src/ui/official-table.tsx, the grid's layout and cell names). The
// editor's A4 preview is a feature of its own and paginates for print; the desk needs the content
// on screen, beside the findings, so it draws the shared table instead.
import { useCallback, useMemo } from 'react';
import type { DeskEntry } from '../../report/desk/desk-entry';
import { formatNumber } from '../../template/format-number';
import { getFormat } from '../../template/formats';
import { resolveValues } from '../../template/rules/resolve-values';
import { OfficialTable, type DataCellProps } from '../../ui/official-table';

export function ReportView({
  entry,
  flagged,
}: {
  readonly entry: DeskEntry;
  readonly flagged: ReadonlySet<string>;
}) {
  const { report } = entry;
  const format = getFormat(report.formatId);
  const narratives: Readonly<Record<string, string | undefined>> = report.narratives;
  const values = useMemo(
    () => resolveValues(format, { ...report.cells, ...entry.printedTotals }),
    [format, report.cells, entry.printedTotals],
  );
  const cells: Readonly<Record<string, string | undefined>> = report.cells;
  const renderCell = useCallback(
    ({ cell, label, rowSpan, colSpan }: DataCellProps) => {
      const v = values.get(cell.id);
      const text = cell.computed ? (v?.status === 'ok' ? formatNumber(v.value) : '') : (cells[cell.id] ?? '');
      return (
        <td
          rowSpan={rowSpan}
          colSpan={colSpan}
          aria-label={label}
          className={`border border-slate-300 px-2 py-1 text-right tabular-nums ${
            flagged.has(cell.id) ? 'bg-red-50 text-red-800' : cell.computed ? 'bg-slate-50' : ''
          }`}
        >
          {text}
        </td>
      );
    },
    [values, cells, flagged],
  );
  return (
    <article
      aria-label="报告内容（只读）"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">机关名称</dt>
        <dd>{report.meta.agencyName}</dd>
        <dt className="text-slate-500">年度</dt>
        <dd>{report.year}</dd>
        <dt className="text-slate-500">格式</dt>
        <dd>{format.notice}</dd>
        <dt className="text-slate-500">成文日期</dt>
        <dd>{report.meta.signDate || '（未写）'}</dd>
      </dl>
      {report.preamble ? <p className="text-sm whitespace-pre-wrap">{report.preamble}</p> : null}
      {format.sections.map((section) => (
        <section key={section.id} aria-label={section.title}>
          <h4 className="mb-2 font-semibold text-slate-800">{section.title}</h4>
          {section.narratives.map((n) => {
            const text = narratives[n.id] ?? '';
            return (
              <div key={n.id} className="mb-2 text-sm">
                {n.heading ? <p className="font-medium">{n.heading}</p> : null}
                {text.trim() === '' ? (
                  <p className="text-slate-400">（未填写）</p>
                ) : (
                  text.split('\n').map((p, i) => (
                    <p key={i} className="indent-8">
                      {p}
                    </p>
                  ))
                )}
              </div>
            );
          })}
          {section.table ? (
            <OfficialTable
              table={section.table}
              label={`${report.year}年度 ${section.title}`}
              renderCell={renderCell}
            />
          ) : null}
        </section>
      ))}
    </article>
  );
}
