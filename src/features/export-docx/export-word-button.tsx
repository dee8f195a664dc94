import { useRef, useState, type JSX } from 'react';
import { checkStoredReport } from '../../report/check-stored-report';
import { REVIEW_STATUS_NAMES, type Report } from '../../report/report-schema';
import type { Finding } from '../../template/rules/finding';
import { downloadBlob } from '../../ui/download-blob';
import { ConfirmDialog } from '../../ui/modal-dialog';
import { wordFileName } from './word-file-name';

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm'; readonly report: Report; readonly errors: readonly Finding[] }
  | { readonly kind: 'building' }
  | { readonly kind: 'done'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * 导出 Word: checks the report first and, when it has errors or is not yet 已审核, says so and asks
 * before exporting (never exporting a broken or unapproved report silently, never refusing one); an
 * unapproved report's file is named （送审稿）. The docx library is imported on the first export
 * only, so it is not part of the start-up bundle.
 */
export function ExportWordButton(props: { readonly getReport: () => Report }): JSX.Element {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const opener = useRef<HTMLButtonElement>(null);

  async function exportReport(report: Report): Promise<void> {
    setPhase({ kind: 'building' });
    try {
      const { packReportBlob } = await import('./pack-report-blob');
      const blob = await packReportBlob(report);
      const fileName = wordFileName(report);
      downloadBlob(blob, fileName);
      setPhase({ kind: 'done', fileName });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setPhase({ kind: 'failed', message: `生成 Word 文件时出错，请稍后重试。（${detail}）` });
    }
  }

  function onClick(): void {
    const report = props.getReport();
    const errors = checkStoredReport(report).filter((f) => f.severity === 'error');
    if (errors.length > 0 || report.review.status !== 'approved')
      setPhase({ kind: 'confirm', report, errors });
    else void exportReport(report);
  }

  function backToEditing(): void {
    setPhase({ kind: 'idle' });
    opener.current?.focus();
  }

  return (
    // In a row, status first: the button sits in the editor's header and must not make it taller.
    <div className="inline-flex items-center gap-3">
      <p role="status" className="text-sm text-gray-700">
        {phase.kind === 'building' && '正在生成 Word 文件，请稍候……'}
        {phase.kind === 'done' && `已导出：${phase.fileName}`}
      </p>
      {phase.kind === 'failed' && (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {phase.message}
        </p>
      )}
      <button
        ref={opener}
        type="button"
        onClick={onClick}
        disabled={phase.kind === 'building'}
        className="btn btn-primary"
      >
        导出 Word
      </button>
      {phase.kind === 'confirm' && (
        <ConfirmDialog
          wide
          title={phase.errors.length > 0 ? `报告中有 ${phase.errors.length} 处错误` : '报告尚未审核通过'}
          message={
            <>
              {phase.report.review.status !== 'approved' && (
                <p className="mb-3">
                  报告尚未审核通过（当前状态：{REVIEW_STATUS_NAMES[phase.report.review.status]}
                  ）。导出的文件名会标明“（送审稿）”；发布用的文件请在分管领导审核通过后导出。
                </p>
              )}
              {phase.errors.length > 0 && (
                <>
                  <p>建议先改正以下问题再导出。如确需先导出查看，可以选择“仍然导出”。</p>
                  <ul className="mt-3 list-disc space-y-1 pl-5">
                    {phase.errors.map((f) => (
                      <li key={f.key}>{f.message}</li>
                    ))}
                  </ul>
                </>
              )}
            </>
          }
          cancelLabel="返回修改"
          confirmLabel="仍然导出"
          onCancel={backToEditing}
          onConfirm={() => void exportReport(phase.report)}
        />
      )}
    </div>
  );
}
