// 预览: the report as A4 pages at real size, with zoom. What is printed and in which
// order comes from documentContent(), the very model the Word export renders, so the preview
// and the .docx are one document. Typography follows GB/T 9704-2012 (official-format.md): A4,
// margins 37/35/28/26 mm, 3号仿宋 body on 28 pt lines with a two-character indent, 2号小标宋 title,
// 黑体/楷体 headings, `— N —` in 4号宋体 under the text block, odd pages right and even left.
// The pages are laid out by measuring every paragraph and table row (measure-pages.ts); the print
// stylesheet prints each page box on its own sheet, so 打印 gives the same pages as the screen.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { checkStoredReport } from '../../report/check-stored-report';
import type { Report } from '../../report/report-schema';
import { changesSinceReview } from '../../report/review-snapshot';
import { getFormat } from '../../template/formats';
import { documentContent } from '../../template/print-layout/document-content';
import { PAGE_MM } from '../../template/print-layout/page-geometry';
import type { Finding } from '../../template/rules/finding';
import { ChangedCellsContext } from './changed-cells';
import { ChangesLegend } from './changes-legend';
import { CopyWebVersion } from './copy-web-version';
import { FindingsBanner } from './findings-banner';
import { PX_PER_MM } from './measure-pages';
import { PreviewPage } from './preview-page';
import { PreviewUnitView } from './preview-unit';
import { previewUnits } from './preview-units';
import { usePages } from './use-pages';
import { ZoomControl, type ZoomChoice } from './zoom-control';
import './report-preview.css';

const PAGE_WIDTH_PX = PAGE_MM.width * PX_PER_MM;
const NO_CELLS: ReadonlySet<string> = new Set();

/** The width of the pane the pages are shown in, followed as the window or the layout changes. */
function usePaneWidth(pane: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = pane.current;
    if (!el) return;
    const read = () => {
      const style = getComputedStyle(el);
      setWidth(el.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [pane]);
  return width;
}

export function ReportPreview(props: {
  readonly report: Report;
  readonly onGoToFinding?: (finding: Finding) => void;
  /** Print the pages as soon as they are laid out (Ctrl+P pressed in the editor). */
  readonly printNow?: boolean;
  readonly onPrinted?: () => void;
}) {
  const { report, printNow = false, onPrinted } = props;
  const format = getFormat(report.formatId);
  const findings = useMemo(() => checkStoredReport(report), [report]);
  // While a resubmitted report waits for review, what changed since the last decision is marked.
  const changes = useMemo(
    () => (report.review.status === 'submitted' ? changesSinceReview(report) : undefined),
    [report],
  );
  const units = useMemo(
    () =>
      previewUnits(
        documentContent(format, report),
        new Set(report.carriedOver?.staleNarratives ?? []),
        changes?.paragraphs,
      ),
    [format, report, changes],
  );
  const column = useRef<HTMLDivElement>(null);
  const { pages, drawn, measuring, ready, progress } = usePages(units, column);

  const pane = useRef<HTMLDivElement>(null);
  const paneWidth = usePaneWidth(pane);
  const fitZoom =
    paneWidth > 0 ? Math.min(200, Math.max(50, Math.floor((paneWidth / PAGE_WIDTH_PX) * 100))) : 100;
  const [chosen, setChosen] = useState<ZoomChoice>();
  // Until the reader chooses, a pane narrower than the page shows the pages 适合宽度.
  const choice: ZoomChoice = chosen ?? (paneWidth > 0 && paneWidth < PAGE_WIDTH_PX ? 'fit' : 100);
  const zoom = choice === 'fit' ? fitZoom : choice;

  // The pages are measured again once the fonts have loaded (usePages): print after that and one
  // more frame, so the printout has the pages the screen shows.
  useEffect(() => {
    if (!printNow || !ready) return;
    let live = true;
    void (document.fonts?.ready ?? Promise.resolve()).then(() =>
      requestAnimationFrame(() => {
        if (!live) return;
        onPrinted?.();
        window.print();
      }),
    );
    return () => {
      live = false;
    };
  }, [printNow, onPrinted, ready]);

  return (
    <div className="rp-root rp-print-root">
      <div className="rp-toolbar rp-screen-only">
        <ZoomControl choice={choice} fitZoom={fitZoom} onChoose={setChosen} />
        <button type="button" className="rp-print-button" onClick={() => window.print()}>
          打印
        </button>
        <CopyWebVersion report={report} />
        <span className="rp-hint">
          共 {pages.length} 页。打印时请选择 A4 纸、不缩放（“实际大小”），页边距用“无”或“默认”。
        </span>
      </div>
      <FindingsBanner
        format={format}
        findings={findings}
        {...(props.onGoToFinding ? { onGoToFinding: props.onGoToFinding } : {})}
      />
      {report.carriedOver && report.carriedOver.notes.length > 0 && (
        <aside aria-label="由上年度报告生成" className="rp-screen-only rp-carried">
          <p className="rp-banner-summary">本报告由{report.carriedOver.fromYear}年度报告生成，请注意：</p>
          <ul>
            {report.carriedOver.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </aside>
      )}
      {changes && <ChangesLegend changes={changes} />}
      <div className="rp-viewport" ref={pane}>
        <ChangedCellsContext value={changes?.cells ?? NO_CELLS}>
          <article className="rp-sheet" aria-label="报告预览" style={{ zoom: zoom / 100 }}>
            {pages.slice(0, drawn).map((placed, i) => (
              <PreviewPage key={i} number={i + 1}>
                {placed.map(({ unit, part }) => {
                  const u = units[unit];
                  return u ? (
                    <PreviewUnitView key={unit} unit={u} index={unit} {...(part ? { part } : {})} />
                  ) : null;
                })}
              </PreviewPage>
            ))}
          </article>
        </ChangedCellsContext>
        {ready ? null : (
          <p role="status" className="rp-screen-only py-4 text-center text-slate-500">
            正在排版…{Math.floor(progress * 100)}%
          </p>
        )}
        {/* The text block's column, off screen, where the units are laid out a slice at a time and measured. */}
        <div className="rp-measure-clip rp-screen-only" aria-hidden="true">
          <div className="rp-measure rp-type" ref={column}>
            {measuring.map(({ unit, part }) => {
              const u = units[unit];
              return u ? (
                <PreviewUnitView key={unit} unit={u} index={unit} {...(part ? { part } : {})} />
              ) : null;
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
