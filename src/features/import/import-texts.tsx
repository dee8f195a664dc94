// 导入检查's text: each box of the report with the heading of the original it came from, the
// signature, and everything that fitted no part (paragraphs, tables not recognised): listed,
// never dropped silently.
import { useId } from 'react';
import type { ImportedReport } from '../../report/import/imported-report';
import type { FormatSpec } from '../../template/spec-types';

export function ReadTexts({
  format,
  imported,
}: {
  readonly format: FormatSpec;
  readonly imported: ImportedReport;
}) {
  const id = useId();
  const narrativeSections = format.sections.filter((s) => s.narratives.length > 0);
  return (
    <>
      <section aria-labelledby={`${id}-text`} className="space-y-4">
        <h2 id={`${id}-text`} className="text-base font-semibold text-slate-900">
          文字部分
        </h2>
        <TextBox label="前言" sources={[]} text={imported.preamble} />
        {narrativeSections.map((s) =>
          s.narratives.map((n) => {
            const box = imported.narratives[n.id];
            return (
              <TextBox
                key={n.id}
                label={
                  n.heading
                    ? `${s.title} ${n.label}`
                    : n.label === s.title
                      ? s.title
                      : `${s.title} ${n.label}`
                }
                sources={box?.sources ?? []}
                text={box?.text ?? ''}
              />
            );
          }),
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">落款</dt>
          <dd>{imported.signatory || '（没有找到）'}</dd>
          <dt className="text-slate-600">成文日期</dt>
          <dd>{imported.signDateText || '（没有找到）'}</dd>
        </dl>
      </section>

      <section aria-labelledby={`${id}-unplaced`} className="space-y-2">
        <h2 id={`${id}-unplaced`} className="text-base font-semibold text-slate-900">
          未归入任何部分的文字（{imported.unplaced.length} 段）
        </h2>
        {imported.unplaced.length === 0 ? (
          <p className="text-sm text-slate-600">没有：每段文字都已归入报告的某一部分。</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {imported.unplaced.map((u, i) => (
              <li key={i} className="rounded border border-amber-300 bg-amber-50 px-3 py-1.5">
                <span className="text-slate-600">{u.where}：</span>
                {u.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-other`} className="space-y-2">
        <h2 id={`${id}-other`} className="text-base font-semibold text-slate-900">
          未识别的表格（{imported.unrecognisedTables.length} 张）
        </h2>
        {imported.unrecognisedTables.length === 0 ? (
          <p className="text-sm text-slate-600">没有：原报告中的表格都已识别。</p>
        ) : (
          imported.unrecognisedTables.map((t, i) => (
            <div key={i} className="overflow-x-auto">
              <p className="text-sm text-slate-600">位于：{t.where}</p>
              <table aria-label={`未识别的表格 ${i + 1}`} className="border-collapse text-sm">
                <tbody>
                  {t.rows.slice(0, 30).map((row, r) => (
                    <tr key={r}>
                      {row.map((c, k) => (
                        <td key={k} className="border border-slate-300 px-2 py-1">
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              {t.rows.length > 30 ? (
                <p className="text-xs text-slate-600">（共 {t.rows.length} 行，只显示前 30 行）</p>
              ) : null}
            </div>
          ))
        )}
      </section>
    </>
  );
}

function TextBox({
  label,
  sources,
  text,
}: {
  readonly label: string;
  readonly sources: readonly string[];
  readonly text: string;
}) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="rounded border border-slate-200 bg-white p-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">
        {label}
      </h3>
      <p className="mt-0.5 text-xs text-slate-600">
        {sources.length > 0
          ? `来自原报告的标题：${sources.map((s) => `“${s}”`).join('、')}`
          : text
            ? '来自标题与第一部分之间的文字'
            : '原报告中没有找到，创建后为空'}
      </p>
      {text ? (
        <div className="mt-2 max-h-48 overflow-y-auto whitespace-pre-wrap text-sm leading-6 text-slate-900">
          {text}
        </div>
      ) : null}
    </div>
  );
}
