// 汇总: for one 年度 and one format, tables 二, 三 and 四 summed over the reports counted, as the
// official grids (src/ui/official-table.tsx) with every figure named "row path / column path".
// Each figure opens to the offices that make it up, and a figure some report could not give is
// marked as incomplete rather than quietly short.
import { useCallback, useId, useMemo, useState } from 'react';
import { rollUp, type RollUpFigure } from '../../report/desk/roll-up';
import type { DeskReview } from '../../report/desk/review-desk';
import { getFormat } from '../../template/formats';
import type { FormatId } from '../../template/spec-types';
import { cellLabel } from '../../template/table-cells';
import { ModalDialog } from '../../ui/modal-dialog';
import { OfficialTable, type DataCellProps } from '../../ui/official-table';
import type { RollUpChoice } from './desk-downloads';

function Contributions({ figure, onClose }: { readonly figure: RollUpFigure; readonly onClose: () => void }) {
  return (
    <ModalDialog title={cellLabel(figure.cell)} onClose={onClose} wide>
      <p className="mb-3 text-sm">
        汇总：<span className="font-semibold">{figure.text}</span>
        {figure.flagged > 0 ? `（有 ${figure.flagged} 处未计入，数字不完整）` : ''}
      </p>
      <table className="w-full text-left text-sm" aria-label="各单位构成">
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1">
              机关
            </th>
            <th scope="col" className="py-1 text-right">
              数字
            </th>
            <th scope="col" className="py-1 pl-3">
              说明
            </th>
          </tr>
        </thead>
        <tbody>
          {figure.contributions.map((c) => (
            <tr key={c.entryId} className="border-t border-slate-100">
              <th scope="row" className="py-1 font-normal">
                {c.office.name}
              </th>
              <td className="py-1 text-right tabular-nums">{c.text || '—'}</td>
              <td className="py-1 pl-3 text-amber-800">{c.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 flex justify-end">
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
    </ModalDialog>
  );
}

/** The 年度 and format the roll-up shows (and 导出 Excel writes): the latest year, its first format, unless chosen. */
export function rollUpChoice(
  review: DeskReview,
  chosen: { readonly year?: number; readonly formatId?: FormatId },
): RollUpChoice {
  const year =
    chosen.year !== undefined && review.years.includes(chosen.year) ? chosen.year : (review.years[0] ?? 0);
  const formats = formatsOfYear(review, year);
  const formatId = chosen.formatId && formats.includes(chosen.formatId) ? chosen.formatId : formats[0];
  return { year, formatId };
}

function formatsOfYear(review: DeskReview, year: number): FormatId[] {
  return [...new Set(review.kept.filter((e) => e.report.year === year).map((e) => e.report.formatId))];
}

export function RollUpView({
  review,
  choice,
  onChoice,
}: {
  readonly review: DeskReview;
  readonly choice: RollUpChoice;
  readonly onChoice: (c: { readonly year?: number; readonly formatId?: FormatId }) => void;
}) {
  const { year, formatId } = choice;
  const yearId = useId();
  const formatSelectId = useId();
  const formats = formatsOfYear(review, year);
  const summed = useMemo(
    () =>
      formatId === undefined
        ? undefined
        : rollUp({ kept: review.kept, officeOf: review.officeOf, offices: review.offices, year, formatId }),
    [review, year, formatId],
  );
  const [opened, setOpened] = useState<RollUpFigure | undefined>();
  const renderCell = useCallback(
    ({ cell, label, rowSpan, colSpan }: DataCellProps) => {
      const figure = summed?.figures.get(cell.id);
      const incomplete = (figure?.flagged ?? 0) > 0;
      return (
        <td
          rowSpan={rowSpan}
          colSpan={colSpan}
          aria-label={label}
          className={`border border-slate-300 p-0 text-right tabular-nums ${cell.computed ? 'bg-slate-50 font-medium' : ''} ${
            incomplete ? 'bg-amber-50' : ''
          }`}
        >
          <button
            type="button"
            className="block w-full px-2 py-1 text-right hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600"
            aria-label={`${label}：${figure?.text ?? ''}${incomplete ? '（不完整）' : ''}，查看各单位构成`}
            aria-haspopup="dialog"
            onClick={() => figure && setOpened(figure)}
          >
            {figure?.text ?? ''}
            {incomplete ? <span aria-hidden="true">*</span> : null}
          </button>
        </td>
      );
    },
    [summed, setOpened],
  );
  if (review.years.length === 0) return <p className="text-slate-600">还没有可汇总的报告。</p>;
  const format = formatId ? getFormat(formatId) : undefined;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <label htmlFor={yearId} className="text-sm text-slate-700">
          年度
        </label>
        <select
          id={yearId}
          value={year}
          onChange={(e) => onChoice({ year: Number(e.target.value) })}
          className="rounded border border-slate-300 px-2 py-1"
        >
          {review.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={formatSelectId} className="text-sm text-slate-700">
          格式
        </label>
        <select
          id={formatSelectId}
          value={formatId ?? ''}
          onChange={(e) => onChoice({ year, formatId: e.target.value as FormatId })}
          className="rounded border border-slate-300 px-2 py-1"
        >
          {formats.map((f) => (
            <option key={f} value={f}>
              {getFormat(f).notice}
            </option>
          ))}
        </select>
        {summed ? (
          <p className="text-sm text-slate-700">
            共汇总 {summed.entryIds.length} 份报告（重复的只计一次）
            {summed.otherFormat.length > 0
              ? `；另有 ${summed.otherFormat.length} 份为另一种格式，未计入`
              : ''}
            。 带 * 的数字有报告未填或无法识别，点数字可查看各单位构成。
          </p>
        ) : null}
      </div>
      {format && summed
        ? format.sections.map((section) =>
            section.table ? (
              <section key={section.id} aria-label={`汇总 ${section.title}`} className="space-y-2">
                <h3 className="font-semibold text-slate-800">{section.title}</h3>
                <OfficialTable
                  table={section.table}
                  label={`${year}年度汇总 ${section.title}`}
                  renderCell={renderCell}
                />
              </section>
            ) : null,
          )
        : null}
      {opened ? <Contributions figure={opened} onClose={() => setOpened(undefined)} /> : null}
    </div>
  );
}
