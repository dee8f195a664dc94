// The start screen: the reports kept in this browser, with 新建, 打开, 复制 and 删除 (confirmed,
// then undoable from a toast), and the ways in for reports from elsewhere: 导入草稿, and 导入 Word
// 或网页 / 粘贴报告内容, whose 导入检查 takes the screen until the import is saved or given up.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { createReport } from '../report/create-report';
import type { Report } from '../report/report-schema';
import { createNextYearReport } from '../report/next-year-report';
import { clearJournal } from '../report/edit-journal';
import { loadLatestEntries } from '../report/load-latest-report';
import { LOW_SPACE_BYTES, persistStorage, type StorageStatus } from '../report/persist-storage';
import { deleteReport, getDraftExports, putReport, recordDraftExport } from '../report/storage';
import { ImportDraft } from '../features/drafts/import-draft';
import { ConfirmDialog } from '../ui/modal-dialog';
import { reportTitle } from '../template/report-title';
import { copyReport } from './copy-report';
import { navigate, routeHash } from './hash-route';
import { NewReportDialog } from './new-report-dialog';
import { ReportList } from './report-list';
import { Toast } from './toast';
import type { PendingImport } from '../features/import/import-check';
import { keptImport } from '../features/import/kept-import';

// The import readers and the check screen are a lazy chunk: the start screen's own code stays small.
const ImportEntry = lazy(() =>
  import('../features/import/import-entry').then((m) => ({ default: m.ImportEntry })),
);
const ImportCheck = lazy(() =>
  import('../features/import/import-check').then((m) => ({ default: m.ImportCheck })),
);
import { UnreadableReports, type UnreadableEntry } from './unreadable-reports';

/** The storage status in one plain line, with the reason when space is short. */
function storageLine(s: StorageStatus): string {
  const lowSpace = s.usage !== undefined && s.quota !== undefined && s.quota - s.usage < LOW_SPACE_BYTES;
  const low = lowSpace ? (s.message ?? '') : '';
  return s.persist === 'persisted'
    ? `浏览器存储：已设为持久。${low}`
    : `浏览器存储：可能被清理，请定期导出草稿。${low}`;
}

type Loaded =
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'ok';
      readonly reports: readonly Report[];
      /** Stored reports the format refuses: listed apart, never hidden. */
      readonly unreadable: readonly UnreadableEntry[];
      /** When a draft file of each report was last exported (report id → ISO time). */
      readonly backups: Readonly<Record<string, string>>;
    }
  | {
      readonly kind: 'error';
      readonly message: string;
    };

/** How long the list may take to read before the screen says what may be holding it. */
const SLOW_LOAD_MS = 4000;

/** `problem`: why the address asked for was not opened (hash-route.ts). */
export function StartScreen({ problem }: { readonly problem?: string } = {}) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Report | undefined>();
  const [toast, setToast] = useState<{ message: string; undo?: () => void } | undefined>();

  const [storageNote, setStorageNote] = useState<string | undefined>();
  useEffect(() => {
    // Ask once per visit that the browser keep the reports; say plainly when it will not.
    let live = true;
    persistStorage().then(
      (s) => live && setStorageNote(storageLine(s)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  // A database held open by another tab can keep the list waiting; after a while, say so.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (state.kind !== 'loading') return;
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, [state.kind]);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    let live = true;
    Promise.all([loadLatestEntries(), getDraftExports().catch(() => ({}))]).then(
      ([entries, backups]) => {
        const reports = entries.flatMap((e) => (e.kind === 'ok' ? [e.report] : []));
        const unreadable = entries.filter((e): e is UnreadableEntry => e.kind === 'unreadable');
        if (live) setState({ kind: 'ok', reports, unreadable, backups });
      },
      () =>
        live &&
        setState({
          kind: 'error',
          message:
            '无法读取浏览器中保存的报告（浏览器存储不可用）。请确认没有使用无痕模式，或从草稿文件导入。',
        }),
    );
    return () => {
      live = false;
    };
  }, [generation]);

  const create = async (input: Parameters<typeof createReport>[0]) => {
    const report = createReport(input);
    try {
      await putReport(report);
      setCreating(false);
      navigate({ name: 'editor', reportId: report.id, step: 'meta' });
    } catch {
      setToast({ message: '新报告没有保存成功（浏览器存储出错），请稍后再试。' });
    }
  };
  const copy = async (r: Report) => {
    await putReport(copyReport(r));
    setToast({ message: `已复制“${reportTitle(r.meta.agencyName, r.year)}”` });
    reload();
  };
  const nextYear = async (r: Report) => {
    let made: Report;
    try {
      made = createNextYearReport(r, { now: new Date() }).report;
    } catch (error) {
      setToast({ message: error instanceof Error ? error.message : '无法生成下一年度报告' });
      return;
    }
    try {
      await putReport(made);
      navigate({ name: 'editor', reportId: made.id, step: 'meta' });
    } catch {
      setToast({ message: '新报告没有保存成功（浏览器存储出错），请稍后再试。' });
    }
  };
  const remove = async (r: Report) => {
    setDeleting(undefined);
    await deleteReport(r.id);
    clearJournal(r.id);
    reload();
    setToast({
      message: `已删除“${reportTitle(r.meta.agencyName, r.year)}”`,
      undo: () => {
        setToast(undefined);
        void putReport(r).then(reload);
      },
    });
  };
  const closeToast = useCallback(() => setToast(undefined), []);
  const salvage = async (report: Report): Promise<boolean> => {
    try {
      await putReport(report);
    } catch {
      return false;
    }
    reload();
    return true;
  };
  const removeUnreadable = async (e: UnreadableEntry) => {
    await deleteReport(e.id);
    clearJournal(e.id);
    reload();
  };
  // An import read before this tab was reloaded comes back to 导入检查 (see kept-import).
  const [resumed] = useState(keptImport);
  const [pendingImport, setPendingImport] = useState<PendingImport | undefined>(resumed?.pending);

  if (pendingImport) {
    return (
      <Suspense
        fallback={
          <p role="status" className="p-6 text-slate-600">
            正在打开导入检查…
          </p>
        }
      >
        <ImportCheck
          pending={pendingImport}
          resumed={resumed?.pending === pendingImport ? resumed : undefined}
          existingReports={state.kind === 'ok' ? state.reports : []}
          onOpen={(report) => navigate({ name: 'editor', reportId: report.id, step: 'meta' })}
          onSaved={(message) => {
            setPendingImport(undefined);
            setToast({ message });
            reload();
          }}
          onCancel={() => setPendingImport(undefined)}
        />
      </Suspense>
    );
  }

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-4 px-6 py-4">
          <h1 className="flex-1 text-xl font-semibold text-slate-900">政府信息公开年度报告</h1>
          <a className="btn" href={routeHash({ name: 'desk' })}>
            审查汇总
          </a>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            新建
          </button>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-6">
        {problem ? (
          <p role="alert" className="mb-4 text-red-700">
            {problem}
          </p>
        ) : null}
        {state.kind === 'ok' ? (
          <div className="mb-6 space-y-3">
            <Suspense fallback={null}>
              <ImportEntry onRead={setPendingImport} />
            </Suspense>
            <ImportDraft
              existingReports={state.reports}
              onImport={async (report) => {
                await putReport(report);
                // An imported file that replaces a report wins over keystrokes journalled for it.
                clearJournal(report.id);
                // The file just read is a copy of the report outside the browser: the supervisor
                // who received it is not asked to back it up (备份提醒).
                await recordDraftExport(report.id, new Date()).catch(() => undefined);
                reload();
              }}
              onOpenPreview={(report) => navigate({ name: 'editor', reportId: report.id, step: 'preview' })}
            />
          </div>
        ) : null}
        <h2 className="mb-3 text-base font-semibold text-slate-700">本浏览器中保存的报告</h2>
        {state.kind === 'loading' ? (
          <p role="status" className="text-slate-600">
            正在读取…
            {slow ? '读取用时较长：如果本系统在其他窗口或标签页中也打开着，请关闭它们后刷新本页。' : ''}
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <p role="alert" className="text-red-700">
            {state.message}
          </p>
        ) : null}
        {state.kind === 'ok' && state.reports.length === 0 && state.unreadable.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
            <p>这里还没有报告。点“新建”开始填写本年度的政府信息公开工作年度报告。</p>
          </div>
        ) : null}
        {state.kind === 'ok' && state.reports.length > 0 ? (
          <ReportList
            reports={state.reports}
            backups={state.backups}
            onCopy={(r) => void copy(r)}
            onNextYear={(r) => void nextYear(r)}
            onDelete={setDeleting}
          />
        ) : null}
        {state.kind === 'ok' ? (
          <UnreadableReports
            entries={state.unreadable}
            onSalvage={salvage}
            onDelete={(e) => void removeUnreadable(e)}
          />
        ) : null}
      </main>
      {storageNote ? (
        <footer className="mx-auto max-w-6xl px-6 pb-6 text-sm text-slate-600">{storageNote}</footer>
      ) : null}
      {creating ? (
        <NewReportDialog onCreate={(i) => void create(i)} onCancel={() => setCreating(false)} />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="删除报告"
          danger
          message={`确定删除“${reportTitle(deleting.meta.agencyName, deleting.year)}”吗？删除后可在提示中撤销。`}
          confirmLabel="删除"
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(undefined)}
        />
      ) : null}
      {toast ? (
        <Toast
          message={toast.message}
          {...(toast.undo ? { actionLabel: '撤销', onAction: toast.undo } : {})}
          onDone={closeToast}
        />
      ) : null}
    </div>
  );
}
