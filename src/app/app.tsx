// The app shell: hash routes (so dist/ works from any folder), and the last route remembered so
// that reopening the browser returns to the same report and step.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Report } from '../report/report-schema';
import { getUiState, setUiState } from '../report/storage';
import { parseRoute, routeHash, useHash } from './hash-route';
import { StartScreen } from './start-screen';
import { UpdateBanner } from './update-banner';
import type { UpdatePrompt } from './update-prompt';

/**
 * How long the app waits for the remembered route before showing the start screen: a database
 * held by another tab (or a slow disk) must not leave the window blank.
 */
const RESTORE_TIMEOUT_MS = 1500;

// The editor (the form library, the grids, the steps) is not needed to list reports: the start
// screen loads without it, which keeps the initial JS within its budget.
const EditorPage = lazy(() => import('./editor-page').then((m) => ({ default: m.EditorPage })));

/** The county review desk is a workspace of its own, loaded only when opened. */
const DeskPage = lazy(() => import('../features/desk/desk-page').then((m) => ({ default: m.DeskPage })));

/** The A4 preview, the editor's chunk: the desk shows a township's report with it, read-only. */
const ReportPreview = lazy(() =>
  import('../features/preview/report-preview').then((m) => ({ default: m.ReportPreview })),
);

/** The desk's reports as the editor's A4 pages; the preview is loaded when a report is first opened. */
function deskPreview(report: Report) {
  return (
    <Suspense fallback={<p className="p-4 text-slate-600">正在排版预览…</p>}>
      <ReportPreview report={report} />
    </Suspense>
  );
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms)),
  ]);
}

export function App({ updatePrompt }: { readonly updatePrompt?: UpdatePrompt } = {}) {
  const hash = useHash();
  // A bare address (no hash) is a fresh visit: go back to where the clerk was.
  const [restoring, setRestoring] = useState(() => hash === '' || hash === '#');
  useEffect(() => {
    if (!restoring) return;
    let live = true;
    withTimeout(getUiState(), RESTORE_TIMEOUT_MS)
      .then((ui) => {
        if (live && ui && ui.route !== '#/' && ui.route.startsWith('#/')) window.location.replace(ui.route);
      })
      .catch(() => undefined)
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
    };
  }, [restoring]);
  useEffect(() => {
    if (restoring) return;
    setUiState({ route: hash === '' ? '#/' : hash }).catch(() => undefined);
  }, [hash, restoring]);

  if (restoring) return null;
  const route = parseRoute(hash);
  return (
    <>
      {route.name === 'editor' ? (
        <Suspense fallback={null}>
          <EditorPage key={route.reportId} reportId={route.reportId} step={route.step} />
        </Suspense>
      ) : route.name === 'desk' ? (
        <Suspense fallback={<p className="p-6 text-slate-600">正在打开审查汇总…</p>}>
          <DeskPage backHref={routeHash({ name: 'start' })} renderPreview={deskPreview} />
        </Suspense>
      ) : (
        <StartScreen {...(route.problem ? { problem: route.problem } : {})} />
      )}
      {updatePrompt ? <UpdateBanner prompt={updatePrompt} /> : null}
    </>
  );
}
