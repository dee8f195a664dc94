// 导入检查's tables: every cell of the official tables with what was read, marked 已读 / 空白 /
// 无法识别 (a printed total that disagrees with its parts outlined), and what did not fit them.
import { useCallback, useMemo } from 'react';
import type { ImportedReport } from '../../report/import/imported-report';
import type { FormatSpec } from '../../template/spec-types';
import { OfficialTable, type DataCellProps } from '../../ui/official-table';
import { cellMark, type CellMarkState } from './cell-mark';

const MARK_STYLE: Readonly<Record<CellMarkState, string>> = {
  read: 'bg-emerald-50 text-slate-900',
  blank: 'bg-slate-50 text-slate-500',
  unreadable: 'bg-red-50 text-red-900',
};

const MARK_WORD_STYLE: Readonly<Record<CellMarkState, string>> = {
  read: 'text-emerald-700',
  blank: 'text-slate-500',
  unreadable: 'font-semibold text-red-700',
};

export function CellCounts({ counts }: { readonly counts: Readonly<Record<CellMarkState, number>> }) {
  return (
    <p className="text-sm text-slate-700">
      <span className="mr-4">
        <span className={MARK_WORD_STYLE.read}>已读</span> {counts.read} 格
      </span>
      <span className="mr-4">
        <span className={MARK_WORD_STYLE.blank}>空白</span> {counts.blank} 格
      </span>
      <span>
        <span className={MARK_WORD_STYLE.unreadable}>无法识别</span> {counts.unreadable} 格
      </span>
    </p>
  );
}

export function ReadTables({
  format,
  imported,
}: {
  readonly format: FormatSpec;
  readonly imported: ImportedReport;
}) {
  const totalsCells = useMemo(
    () => new Set(imported.totalsFindings.flatMap((f) => f.cells)),
    [imported.totalsFindings],
  );
  const renderCell = useCallback(
    ({ cell, label, rowSpan, colSpan }: DataCellProps) => {
      const mark = cellMark(imported.cells[cell.id]);
      const disagrees = totalsCells.has(cell.id);
      const detail = [
        cell.computed ? '合计栏：创建后按各项计算' : '',
        disagrees ? '印出的合计与各项之和不符' : '',
        mark.detail ?? '',
      ]
        .filter(Boolean)
        .join('；');
      return (
        <td
          rowSpan={rowSpan}
          colSpan={colSpan}
          aria-label={label}
          title={detail || undefined}
          data-mark={mark.state}
          className={`min-w-[4.5rem] border border-slate-300 px-2 py-1 text-right align-top tabular-nums ${MARK_STYLE[mark.state]} ${disagrees ? 'outline outline-2 -outline-offset-2 outline-red-600' : ''}`}
        >
          <span className="block min-h-5 break-all">{mark.shown}</span>
          <span className={`block text-[11px] leading-4 ${MARK_WORD_STYLE[mark.state]}`}>
            {disagrees ? '与合计不符' : mark.word}
          </span>
        </td>
      );
    },
    [imported.cells, totalsCells],
  );

  const tables = format.sections.flatMap((s) => (s.table ? [{ section: s, table: s.table }] : []));
  return (
    <>
      {tables.map(({ section, table }) => {
        const read = imported.tables.find((t) => t.tableId === table.id);
        return (
          <section key={table.id} aria-label={section.title} className="space-y-2">
            <h2 className="text-base font-semibold text-slate-900">{section.title}</h2>
            {read && read.parts > 1 ? (
              <p className="text-sm text-slate-600">原报告中此表分为 {read.parts} 段，已合并读取。</p>
            ) : null}
            <OfficialTable table={table} label={section.title} renderCell={renderCell} />
            {read && read.extras.length > 0 ? (
              <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900">
                <h3 className="font-semibold">原表中放不进本表的行和数字</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {read.extras.map((x, i) => (
                    <li key={i}>
                      “{x.label}”{x.values.length > 0 ? `：${x.values.join('、')}` : ''}（{x.reason}）
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
