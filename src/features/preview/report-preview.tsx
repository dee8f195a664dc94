// 预览 (issue 5): the report as it will print, in HTML, mirroring the Word export: the same order
// (title, preamble, the six sections with their subsection headings, narratives, tables, signature
// and date), the same text and the same merged tables (drawn from layoutTable()). Typography follows
// GB/T 9704-2012 (official-format.md): A4 at real size, margins 37/35/28/26 mm, 3号仿宋 body on
// 28 pt lines with a two-character indent, 2号小标宋 title, 黑体/楷体 headings. The screen shows
// one continuous sheet; the print stylesheet (@page A4 with the same margins, `— N —` page
// numbers) makes the browser's 打印 give the pages. All text is rendered as text, never as HTML.
import { useMemo, useState } from 'react';
import type { Report } from '../../report/report-schema';
import { getFormat } from '../../template/formats';
import { reportTitle } from '../../template/report-title';
import { checkReport } from '../../template/rules/check-report';
import type { Finding } from '../../template/rules/finding';
import { resolveValues } from '../../template/rules/resolve-values';
import { FindingsBanner } from './findings-banner';
import { PreviewTable } from './preview-table';
import { chineseDate, previewParagraphs } from './preview-text';
import { ZoomControl } from './zoom-control';
import './report-preview.css';

function Paragraphs(props: { readonly text: string; readonly stale?: boolean; readonly emptyNote?: string }) {
  const lines = previewParagraphs(props.text);
  if (lines.length === 0) {
    return props.emptyNote ? <p className="rp-p rp-empty rp-screen-only">{props.emptyNote}</p> : null;
  }
  return (
    <>
      {props.stale && <p className="rp-stale rp-screen-only">以下为上年度的文字，尚待修改</p>}
      {lines.map((line, i) => (
        <p key={i} className="rp-p">
          {line}
        </p>
      ))}
    </>
  );
}

export function ReportPreview(props: {
  readonly report: Report;
  readonly onGoToFinding?: (finding: Finding) => void;
}) {
  const { report } = props;
  const format = getFormat(report.formatId);
  const [zoom, setZoom] = useState(100);
  // The schema keeps absent cells and narratives as missing keys; the rules read a missing key as 未填.
  const cells = report.cells as Readonly<Record<string, string>>;
  const values = useMemo(() => resolveValues(format, cells), [format, cells]);
  const findings = useMemo(
    () =>
      checkReport(
        format,
        { ...report, cells, narratives: report.narratives as Readonly<Record<string, string>> },
        report.lastYear ? { lastYear: report.lastYear } : {},
      ),
    [format, report, cells],
  );
  const narratives: Readonly<Record<string, string | undefined>> = report.narratives;
  const stale = new Set(report.carriedOver?.staleNarratives ?? []);
  const title = reportTitle(report.meta.agencyName, report.year);
  const signatory = report.meta.signatory.trim() || report.meta.agencyName.trim();
  const date = chineseDate(report.meta.signDate);

  return (
    <div className="rp-root rp-print-root">
      <div className="rp-toolbar rp-screen-only">
        <ZoomControl zoom={zoom} onZoom={setZoom} />
        <button type="button" className="rp-print-button" onClick={() => window.print()}>
          打印
        </button>
        <span className="rp-hint">打印时请选择 A4 纸、不缩放（“实际大小”），页边距用“默认”。</span>
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
      <div className="rp-viewport">
        <article className="rp-sheet" aria-label="报告预览" style={{ zoom: zoom / 100 }}>
          <h2 className="rp-title">{title}</h2>
          <Paragraphs text={report.preamble} stale={stale.has('preamble')} />
          {format.sections.map((section) => (
            <section key={section.id} aria-label={section.title}>
              <h3 className="rp-h1">{section.title}</h3>
              {section.narratives.map((n) => (
                <div key={n.id}>
                  {n.heading && <h4 className="rp-h2">{n.heading}</h4>}
                  <Paragraphs
                    text={narratives[n.id] ?? ''}
                    stale={stale.has(n.id)}
                    emptyNote={`（${n.label}尚未填写）`}
                  />
                </div>
              ))}
              {section.table && (
                <PreviewTable
                  table={section.table}
                  caption={section.title}
                  values={values}
                  cells={report.cells}
                />
              )}
            </section>
          ))}
          <div className="rp-signature">
            {signatory && <p className="rp-sign">{signatory}</p>}
            {date ? (
              <p className="rp-sign">{date}</p>
            ) : (
              <p className="rp-sign rp-empty rp-screen-only">（成文日期尚未填写）</p>
            )}
          </div>
        </article>
      </div>
    </div>
  );
}
