// One report opened on the desk: its own findings (the editor's rules), what the desk found across
// reports that concerns it, what the reading could not settle, and the report itself, read-only:
// as A4 pages (the editor's preview, handed in by the app shell) or as its tables with the cells
// the findings point at marked, and the totals as the file printed them.
import { useState, type ReactNode } from 'react';
import type { Report } from '../../report/report-schema';
import { describeSource } from '../../report/desk/desk-entry';
import type { DeskReview } from '../../report/desk/review-desk';
import { getFormat } from '../../template/formats';
import { ruleName } from '../../template/rules/rule-names';
import { cellLabel, formatCells } from '../../template/table-cells';
import { ReportView } from './report-view';

type Shown = 'pages' | 'tables';

export function EntryDetail({
  review,
  entryId,
  onBack,
  renderPreview,
}: {
  readonly review: DeskReview;
  readonly entryId: string;
  readonly onBack: () => void;
  readonly renderPreview?: (report: Report) => ReactNode;
}) {
  const [shown, setShown] = useState<Shown>(renderPreview ? 'pages' : 'tables');
  const r = review.entries.find((e) => e.entry.id === entryId);
  if (!r) {
    return (
      <div>
        <p role="alert">这份报告已移除。</p>
        <button type="button" className="btn mt-2" onClick={onBack}>
          返回报告列表
        </button>
      </div>
    );
  }
  const { entry, office, check } = r;
  const specs = formatCells(getFormat(entry.report.formatId));
  const named = (ids: readonly string[]) =>
    ids
      .slice(0, 3)
      .map((id) => {
        const spec = specs.get(id);
        return spec ? cellLabel(spec) : id;
      })
      .join('；') + (ids.length > 3 ? ` 等 ${ids.length} 个单元格` : '');
  const across = review.findings.filter((f) => f.places.some((p) => p.entryId === entryId));
  const flagged = new Set(check.findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells));
  const title = `${office.name} ${entry.report.year}年度`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn" onClick={onBack}>
          返回报告列表
        </button>
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        <span className="text-sm text-slate-600">{describeSource(entry)}</span>
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="space-y-4 self-start lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          <section aria-label="本报告的问题" className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-2 font-semibold">本报告的问题（{check.findings.length}）</h3>
            {check.findings.length === 0 ? <p className="text-emerald-700">未发现问题</p> : null}
            <ul className="space-y-2 text-sm">
              {check.findings.map((f) => (
                <li key={f.key} className={f.severity === 'error' ? 'text-red-800' : 'text-amber-800'}>
                  <span className="font-medium">
                    {f.severity === 'error' ? '错误' : '提醒'}·{ruleName(f.ruleId)}：
                  </span>
                  {f.message}
                  {f.cells.length > 0 ? <span className="block text-slate-500">{named(f.cells)}</span> : null}
                </li>
              ))}
            </ul>
          </section>
          {across.length > 0 ? (
            <section aria-label="跨报告的问题" className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="mb-2 font-semibold">跨报告的问题（{across.length}）</h3>
              <ul className="space-y-2 text-sm">
                {across.map((f) => (
                  <li key={f.key} className={f.severity === 'error' ? 'text-red-800' : 'text-amber-800'}>
                    <span className="font-medium">{ruleName(f.ruleId)}：</span>
                    {f.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.readNotes.length > 0 ? (
            <section aria-label="识别说明" className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="mb-2 font-semibold">识别说明（{entry.readNotes.length}）</h3>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                {entry.readNotes.map((n, i) => (
                  <li key={i}>
                    {n.cell ? `${named([n.cell])}：` : ''}
                    {n.printed ? `原文“${n.printed}”，` : ''}
                    {n.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <div className="min-w-0 space-y-2">
          {renderPreview ? (
            <div role="group" aria-label="报告显示方式" className="flex gap-1">
              {(
                [
                  ['pages', 'A4 预览'],
                  ['tables', '表格与标记'],
                ] as const
              ).map(([id, name]) => (
                <button
                  key={id}
                  type="button"
                  aria-pressed={shown === id}
                  className={`btn btn-small ${shown === id ? 'btn-primary' : ''}`}
                  onClick={() => setShown(id)}
                >
                  {name}
                </button>
              ))}
            </div>
          ) : null}
          {renderPreview && shown === 'pages' ? (
            <section
              aria-label="报告预览（只读）"
              className="min-w-0 rounded-lg border border-slate-200 bg-white"
            >
              {renderPreview(entry.report)}
            </section>
          ) : (
            <ReportView entry={entry} flagged={flagged} />
          )}
        </div>
      </div>
    </div>
  );
}
