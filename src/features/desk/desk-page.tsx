// 审查汇总: the county office's workspace over many townships' reports. Reports come in as files
// (read in a worker) or from this browser, are kept in the desk's own store, and are reviewed one
// by one and across offices and years.
import { useState, type ReactNode } from 'react';
import type { Report } from '../../report/report-schema';
import type { FormatId } from '../../template/spec-types';
import { ConfirmDialog } from '../../ui/modal-dialog';
import { AcrossFindings } from './across-findings';
import { AddFiles } from './add-files';
import { downloadOpinion, downloadWorkbook } from './desk-downloads';
import { EntryDetail } from './entry-detail';
import { ReportsTable } from './reports-table';
import { RollUpView, rollUpChoice } from './roll-up-view';
import { useDesk } from './use-desk';

type Tab = 'reports' | 'across' | 'roll-up';

export function DeskPage({
  backHref,
  renderPreview,
}: {
  readonly backHref: string;
  /**
   * The report as A4 pages, read-only. The preview is a feature of its own (features never import
   * each other), so the app shell hands it in; without it the report opens as its tables only.
   */
  readonly renderPreview?: (report: Report) => ReactNode;
}) {
  const desk = useDesk();
  const [open, setOpen] = useState<string | undefined>();
  const [clearing, setClearing] = useState(false);
  const [tab, setTab] = useState<Tab>('reports');
  const { review } = desk;
  const count = desk.entries?.length ?? 0;
  const [chosen, setChosen] = useState<{ readonly year?: number; readonly formatId?: FormatId }>({});
  const choice = review ? rollUpChoice(review, chosen) : undefined;
  const [saving, setSaving] = useState<string | undefined>();
  const run = (what: string, job: () => Promise<string>) => {
    setSaving(what);
    job().then(
      (name) => setSaving(`已下载“${name}”`),
      () => setSaving(`${what}失败，请重试`),
    );
  };

  return (
    <div className="min-h-screen bg-slate-100">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-6 py-4">
          <a href={backHref} className="btn btn-small">
            ← 返回我的报告
          </a>
          <h1 className="text-xl font-semibold text-slate-900">审查汇总</h1>
          <p className="text-sm text-slate-600">
            多个单位年度报告的审查与汇总，全部在本浏览器中完成，不上传任何文件。
          </p>
          <div className="ml-auto flex gap-2">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!review || review.entries.length === 0}
              onClick={() => review && choice && run('导出 Excel', () => downloadWorkbook(review, choice))}
            >
              导出 Excel
            </button>
            <button type="button" className="btn" disabled={count === 0} onClick={() => setClearing(true)}>
              清空
            </button>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl space-y-4 px-6 py-6">
        <AddFiles
          progress={desk.progress}
          browserReports={desk.browserReports}
          onFiles={(files) => void desk.addFiles(files)}
          onCancel={desk.cancel}
          onAddBrowserReports={() => void desk.addBrowserReports()}
        />
        {desk.loadError ? (
          <p role="alert" className="text-red-700">
            {desk.loadError}
          </p>
        ) : null}
        {desk.reviewError ? (
          <p role="alert" className="text-red-700">
            审查出错：{desk.reviewError}
          </p>
        ) : null}
        <p role="status" className="text-sm text-slate-700">
          {desk.message ?? ''}
        </p>
        {saving ? (
          <p role="status" className="text-sm text-slate-700">
            {saving}
          </p>
        ) : null}
        {desk.unreadable.length > 0 ? (
          <section aria-label="未能读取的文件" className="rounded-lg border border-red-200 bg-red-50 p-4">
            <h2 className="mb-2 font-semibold text-red-800">未能读取的文件（{desk.unreadable.length}）</h2>
            <ul className="space-y-1 text-sm">
              {desk.unreadable.map((u, i) => (
                <li key={i}>
                  <span className="font-medium">{u.fileName}</span>：{u.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {review && open ? (
          <EntryDetail
            review={review}
            entryId={open}
            onBack={() => setOpen(undefined)}
            {...(renderPreview ? { renderPreview } : {})}
          />
        ) : null}
        {!open && count === 0 && desk.entries ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            还没有报告。点“添加报告文件”，或把各单位的报告文件、整个文件夹拖到上方。
          </div>
        ) : null}
        {!open && review && review.entries.length > 0 ? (
          <>
            <div role="tablist" aria-label="审查汇总视图" className="flex gap-1 border-b border-slate-300">
              {(
                [
                  ['reports', `报告（${review.kept.length}）`],
                  ['across', `跨报告问题（${review.findings.length}）`],
                  ['roll-up', '汇总'],
                ] as const
              ).map(([id, name]) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  aria-selected={tab === id}
                  className={`-mb-px rounded-t border px-4 py-2 text-sm ${
                    tab === id
                      ? 'border-slate-300 border-b-white bg-white font-medium'
                      : 'border-transparent text-slate-600'
                  }`}
                  onClick={() => setTab(id)}
                >
                  {name}
                </button>
              ))}
            </div>
            <div role="tabpanel">
              {tab === 'reports' ? (
                <ReportsTable
                  review={review}
                  onOpen={setOpen}
                  onRemove={(id) => void desk.remove(id)}
                  onOpinion={(officeId, year) =>
                    run('下载审查意见', () => downloadOpinion(review, officeId, year))
                  }
                />
              ) : null}
              {tab === 'across' ? (
                <AcrossFindings review={review} expected={desk.expected} onExpected={desk.setExpected} />
              ) : null}
              {tab === 'roll-up' && choice ? (
                <RollUpView review={review} choice={choice} onChoice={setChosen} />
              ) : null}
            </div>
          </>
        ) : null}
      </main>
      {clearing ? (
        <ConfirmDialog
          title="清空审查汇总"
          danger
          message={`确定移除审查汇总中的全部 ${count} 份报告吗？本浏览器中编写的报告不受影响。`}
          confirmLabel="清空"
          onConfirm={() => {
            setClearing(false);
            void desk.clear();
          }}
          onCancel={() => setClearing(false)}
        />
      ) : null}
    </div>
  );
}
