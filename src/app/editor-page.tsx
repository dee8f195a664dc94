// The editor route: loads the report, claims it for this tab (tab-lock), and mounts the wizard
// with the other features plugged into its slots.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { ExportDraftButton } from '../features/drafts/export-draft-button';
import { ExportWordButton } from '../features/export-docx/export-word-button';
import { GridHistoryProvider } from '../features/grid/grid-history';
import { SectionComments } from '../features/review/section-comments';
import { ReportEditor, type EditorSlots } from '../features/wizard/report-editor';
import type { WizardStepId } from '../features/wizard/wizard-steps';
import { loadLatestReport } from '../report/load-latest-report';
import type { Report } from '../report/report-schema';
import { getDraftExports, recordDraftExport } from '../report/storage';
import { createBrowserTabLock, type LockState, type TabLock } from '../report/tab-lock';
import { BackupReminder } from './backup-reminder';
import { TableStep } from './table-step';
import { navigate, routeHash, type RouteStep } from './hash-route';

// The preview and the review panel are only seen at the last step: loaded on demand, so the first
// load stays within the initial JS budget (README "Performance").
const ReportPreview = lazy(() =>
  import('../features/preview/report-preview').then((m) => ({ default: m.ReportPreview })),
);
// The ledger step, its Excel files and its dialogs: only for the clerks who keep a ledger.
const LedgerStep = lazy(() =>
  import('../features/ledger/ledger-step').then((m) => ({ default: m.LedgerStep })),
);
const ReviewPanel = lazy(() =>
  import('../features/review/review-panel').then((m) => ({ default: m.ReviewPanel })),
);

function Loading({ children }: { readonly children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="py-4 text-slate-500">
          正在载入预览…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/**
 * The preview of the report as it is now, drawn again when a review step changes its status: the
 * marks of what changed since the last review show while the report waits for review, and the
 * review panel above takes that step without the rest of the editor re-rendering.
 */
function LivePreview(props: {
  readonly getReport: () => Report;
  readonly onGoToFinding: Parameters<typeof ReportPreview>[0]['onGoToFinding'];
  readonly printNow: boolean;
  readonly onPrinted: () => void;
}) {
  useWatch<Report, 'review.status'>({ name: 'review.status' });
  return (
    <ReportPreview
      report={props.getReport()}
      onGoToFinding={props.onGoToFinding}
      printNow={props.printNow}
      onPrinted={props.onPrinted}
    />
  );
}

type Loaded =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'error' }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | {
      readonly kind: 'ok';
      readonly report: Report;
      readonly generation: number;
      /** Opened from the edit journal: newer than IndexedDB, to be saved at once. */
      readonly fromJournal: boolean;
      /** The stored revision it was read at: saves expect it (a stale one turns the tab read-only). */
      readonly revision: number;
    };

async function readReport(reportId: string, generation: number): Promise<Loaded> {
  try {
    const latest = await loadLatestReport(reportId);
    if (!latest) return { kind: 'missing' };
    if ('unreadable' in latest) return { kind: 'unreadable', reason: latest.unreadable };
    return { kind: 'ok', ...latest, generation };
  } catch {
    return { kind: 'error' };
  }
}

/** How long opening may take before the page says what may be holding it (as the start screen). */
const SLOW_OPEN_MS = 4000;

function Opening() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_OPEN_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="p-6 text-slate-500">
      <p role="status">正在打开报告…</p>
      {slow ? (
        <p role="alert" className="mt-2 text-amber-900">
          打开用时较长：如果本系统在其他窗口或标签页中也打开着，请关闭它们后刷新本页。屏幕上没有打开的报告不会受影响。
        </p>
      ) : null}
    </div>
  );
}

/** Undefined while reading; null when this report has never been exported as a draft file. */
type LastBackup = string | null | undefined;

export function EditorPage({ reportId, step }: { readonly reportId: string; readonly step: RouteStep }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const lock = useRef<TabLock | undefined>(undefined);
  // Read-only until the lock has spoken: a second tab must never save, even for a moment.
  const [lockState, setLockState] = useState<LockState>('readonly');
  // Another tab saved this report after this one read it: this tab stops saving.
  const [stale, setStale] = useState(false);
  const onStale = useCallback(() => setStale(true), []);
  const [lastBackup, setLastBackup] = useState<LastBackup>(undefined);

  useEffect(() => {
    const l = createBrowserTabLock(reportId, setLockState);
    lock.current = l;
    const onStorage = () => l.recheck();
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', l.release);
    void readReport(reportId, 0).then((next) => {
      setLoaded(next);
      setLockState(l.state());
    });
    let live = true;
    getDraftExports().then(
      (all) => live && setLastBackup(all[reportId] ?? null),
      // Unknown: say nothing rather than nag.
      () => undefined,
    );
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', l.release);
      l.release();
    };
  }, [reportId]);

  const onDraftExported = useCallback((report: Report) => {
    const at = new Date();
    setLastBackup(at.toISOString());
    recordDraftExport(report.id, at).catch(() => undefined);
  }, []);

  const slots = useMemo<EditorSlots>(
    () => ({
      renderTable: (format, table) => <TableStep format={format} table={table} />,
      renderActions: (getCurrent) => (
        <>
          <ExportDraftButton getReport={getCurrent} onExported={onDraftExported} />
          <ExportWordButton getReport={getCurrent} />
        </>
      ),
      renderLedger: (format) => (
        <Suspense
          fallback={
            <p role="status" className="py-4 text-slate-500">
              正在载入申请台账…
            </p>
          }
        >
          <LedgerStep format={format} />
        </Suspense>
      ),
      renderPreview: (getCurrent, goTo, print) => (
        <Loading>
          <LivePreview
            getReport={getCurrent}
            onGoToFinding={goTo}
            printNow={print.pending}
            onPrinted={print.onPrinted}
          />
        </Loading>
      ),
      // The review panel sits on 预览, where the supervisor reads the report; a returned report's
      // comments show at the step they concern.
      renderAboveStep: (report, s, onChange) =>
        s === 'preview' ? (
          <div className="mb-6">
            <Suspense fallback={null}>
              <ReviewPanel
                report={report}
                onChange={onChange}
                onFileSaved={onDraftExported}
                hrefFor={(sectionId) => routeHash({ name: 'editor', reportId, step: sectionId })}
              />
            </Suspense>
          </div>
        ) : s === 'ledger' ? null : (
          <SectionComments report={report} sectionId={s} onChange={onChange} />
        ),
      ...(lastBackup === null
        ? {
            renderNotice: (getCurrent: () => Report) => (
              <BackupReminder getReport={getCurrent} onExported={onDraftExported} />
            ),
          }
        : {}),
    }),
    [lastBackup, onDraftExported, reportId],
  );

  const takeOver = async () => {
    lock.current?.takeOver();
    // The other tab may have saved since this one loaded: edit from what is stored now.
    setLoaded(await readReport(reportId, loaded.kind === 'ok' ? loaded.generation + 1 : 0));
    setStale(false);
  };

  const hrefFor = useCallback(
    (s: WizardStepId) => routeHash({ name: 'editor', reportId, step: s }),
    [reportId],
  );
  const onStep = useCallback(
    (s: WizardStepId) => navigate({ name: 'editor', reportId, step: s }),
    [reportId],
  );

  if (loaded.kind === 'loading') return <Opening />;
  if (loaded.kind !== 'ok') {
    return (
      <div className="mx-auto max-w-xl p-8">
        <p role="alert" className="mb-4 text-red-700">
          {loaded.kind === 'missing'
            ? '找不到这份报告：它可能已被删除，或保存在另一个浏览器中。'
            : loaded.kind === 'unreadable'
              ? `这份报告无法打开：${loaded.reason}。它仍保存在本浏览器中：请回到“我的报告”，导出原始数据，或打开其中可恢复的内容。`
              : '无法读取浏览器中保存的报告（浏览器存储出错）。'}
        </p>
        <a className="btn" href={routeHash({ name: 'start' })}>
          返回我的报告
        </a>
      </div>
    );
  }
  const readOnly = lockState === 'readonly' || stale;
  const banner = stale ? (
    <div
      role="alert"
      className="flex items-center gap-4 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      <span className="flex-1">
        这份报告已在另一个窗口中保存了更新的内容。为避免覆盖那些内容，这里已停止保存，只能查看。这里最近输入、尚未保存的内容可先点“导出草稿”保存为文件；点“载入最新内容”继续编辑。
      </span>
      <button type="button" className="btn btn-small" onClick={() => void takeOver()}>
        载入最新内容
      </button>
    </div>
  ) : readOnly ? (
    <div
      role="alert"
      className="flex items-center gap-4 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      <span className="flex-1">
        此报告已在另一个窗口中打开，为避免互相覆盖，这里只能查看。如需在这里修改，请点“在此窗口编辑”，另一个窗口将变为只读。
      </span>
      <button type="button" className="btn btn-small" onClick={() => void takeOver()}>
        在此窗口编辑
      </button>
    </div>
  ) : undefined;
  return (
    <GridHistoryProvider key={`${loaded.report.id}:${loaded.generation}`}>
      <ReportEditor
        key={`${loaded.report.id}:${loaded.generation}`}
        initial={loaded.report}
        step={step}
        hrefFor={hrefFor}
        onStep={onStep}
        readOnly={readOnly}
        slots={slots}
        backHref={routeHash({ name: 'start' })}
        banner={banner}
        unsavedAtStart={loaded.fromJournal}
        revision={loaded.revision}
        onStale={onStale}
        onDraftExported={onDraftExported}
      />
    </GridHistoryProvider>
  );
}
