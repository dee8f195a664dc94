// 导入草稿: a file picker and a drop zone. The file is read and validated by readDraft
// (schema, version, migrations); a refused file shows why and changes nothing. A report that
// already exists (same id, or same agency and year) takes the file's review when nothing else
// differs (the answer to a 送审文件 coming back); otherwise it is replaced or kept beside the
// import, as the user chooses, seeing both versions. A supervisor who imports a file can go
// straight to its preview.
import { useState } from 'react';
import { appendReviewEvent } from '../../report/condense-history';
import { newReportId } from '../../report/create-report';
import { MAX_DRAFT_BYTES, readDraft, readDraftFile } from '../../report/draft-file';
import { compareImportedReport, reviewerOf } from '../../report/compare-imported-report';
import { REVIEW_STATUS_NAMES, type Report } from '../../report/report-schema';
import { reportTitle } from '../../template/report-title';
import { FileDropZone, FilePickButton } from '../../ui/file-drop-zone';
import { reviewTime } from '../../ui/review-time';
import { findExistingReport } from './find-existing-report';

type State =
  | { readonly step: 'idle' }
  | { readonly step: 'refused'; readonly fileName: string; readonly reason: string }
  | {
      readonly step: 'conflict';
      readonly report: Report;
      readonly existing: Report;
      readonly encoding: string;
      readonly newer: 'file' | 'local' | 'same-time';
    }
  | { readonly step: 'done'; readonly report: Report; readonly how: string; readonly encoding: string };

function keepBoth(report: Report, existing: Report, now: Date): Report {
  const at = now.toISOString();
  return {
    ...report,
    id: newReportId(),
    review: {
      ...report.review,
      history: appendReviewEvent(report.review.history, {
        status: report.review.status,
        at,
        by: '',
        note: `从草稿文件导入，与已有的同一报告并存（已有报告最后修改于 ${existing.updatedAt.slice(0, 10)}）`,
      }),
    },
  };
}

const NEWER = {
  file: '文件中的版本较新。',
  local: '本机的版本较新。',
  'same-time': '两份的修改时间相同。',
} as const;

function VersionRow({ name, report }: { readonly name: string; readonly report: Report }) {
  return (
    <tr>
      <th scope="row" className="pr-4 font-medium">
        {name}
      </th>
      <td className="pr-4">{reviewTime(report.updatedAt)}</td>
      <td className="pr-4">{REVIEW_STATUS_NAMES[report.review.status]}</td>
      <td>{reviewerOf(report) || '—'}</td>
    </tr>
  );
}

export function ImportDraft(props: {
  readonly existingReports: readonly Report[];
  readonly onImport: (report: Report, options: { readonly replace: boolean }) => void | Promise<void>;
  /** Offered after an import, for a supervisor who came to read the report. */
  readonly onOpenPreview?: (report: Report) => void;
}) {
  const [state, setState] = useState<State>({ step: 'idle' });

  const finish = async (report: Report, replace: boolean, how: string, encoding: string) => {
    try {
      await props.onImport(report, { replace });
    } catch {
      setState({
        step: 'refused',
        fileName: reportTitle(report.meta.agencyName, report.year),
        reason: '浏览器存储出错，报告没有保存',
      });
      return;
    }
    setState({ step: 'done', report, how, encoding });
  };

  const readFile = async (file: File) => {
    if (file.size > MAX_DRAFT_BYTES) {
      // readDraft refuses it too; checking first avoids reading a huge file into memory.
      const refused = readDraft('', file.size);
      setState({ step: 'refused', fileName: file.name, reason: refused.ok ? '' : refused.reason });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setState({ step: 'refused', fileName: file.name, reason: '无法读取这个文件' });
      return;
    }
    const result = readDraftFile(bytes, new Date());
    if (!result.ok) {
      setState({ step: 'refused', fileName: file.name, reason: result.reason });
      return;
    }
    const existing = findExistingReport(props.existingReports, result.report);
    if (!existing) {
      await finish(result.report, false, '已导入', result.encoding);
      return;
    }
    const compared = compareImportedReport(existing, result.report);
    if (compared.kind === 'same') {
      setState({
        step: 'done',
        report: existing,
        how: '本机已有内容相同的报告，无需导入',
        encoding: result.encoding,
      });
    } else if (compared.kind === 'review') {
      const by = reviewerOf(compared.merged);
      await finish(
        compared.merged,
        true,
        `已合并审核结果，报告内容未变${by ? `（审核人：${by}）` : ''}`,
        result.encoding,
      );
    } else {
      setState({
        step: 'conflict',
        report: result.report,
        existing,
        encoding: result.encoding,
        newer: compared.newer,
      });
    }
  };

  return (
    <section aria-label="从草稿文件导入" className="space-y-2">
      <FileDropZone
        onDrop={(data) => {
          const file = data.files[0];
          if (file) void readFile(file);
        }}
        testId="draft-drop-zone"
        className="flex flex-wrap items-center gap-3 p-3 text-sm"
      >
        <FilePickButton
          label="导入草稿"
          accept=".json,application/json"
          onFiles={([file]) => {
            if (file) void readFile(file);
          }}
        />
        <span className="text-gray-600">选择或把草稿文件（.json）拖到这里</span>
      </FileDropZone>

      {state.step === 'refused' && (
        <div role="alert" className="rounded-md border border-red-400 bg-red-50 p-2 text-sm text-red-900">
          没有导入“{state.fileName}”：{state.reason}。已有的报告没有任何改动。
        </div>
      )}

      {state.step === 'conflict' && (
        <div
          role="alertdialog"
          aria-label="报告已存在"
          className="space-y-2 rounded-md border border-amber-500 bg-amber-50 p-3 text-sm"
        >
          <p>
            本机已有“{reportTitle(state.existing.meta.agencyName, state.existing.year)}”，与文件中的版本不同。
            {NEWER[state.newer]}要用文件中的报告替换本机的，还是两份都保留？
          </p>
          <table className="text-left">
            <thead>
              <tr>
                <th scope="col" className="pr-4 font-normal text-gray-600">
                  <span className="sr-only">版本</span>
                </th>
                <th scope="col" className="pr-4 font-medium">
                  最后修改
                </th>
                <th scope="col" className="pr-4 font-medium">
                  状态
                </th>
                <th scope="col" className="font-medium">
                  审核人
                </th>
              </tr>
            </thead>
            <tbody>
              <VersionRow name="本机的报告" report={state.existing} />
              <VersionRow name="文件中的报告" report={state.report} />
            </tbody>
          </table>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn"
              onClick={() =>
                void finish(
                  { ...state.report, id: state.existing.id },
                  true,
                  '已导入并替换原有报告',
                  state.encoding,
                )
              }
            >
              替换
            </button>
            <button
              type="button"
              className="btn"
              onClick={() =>
                void finish(
                  keepBoth(state.report, state.existing, new Date()),
                  false,
                  '已导入，原有报告也保留',
                  state.encoding,
                )
              }
            >
              保留两份
            </button>
            <button type="button" className="btn" onClick={() => setState({ step: 'idle' })}>
              取消
            </button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-md border border-green-500 bg-green-50 p-2 text-sm"
        >
          <span>
            {state.how}：{reportTitle(state.report.meta.agencyName, state.report.year)}（
            {REVIEW_STATUS_NAMES[state.report.review.status]}），文件编码：{state.encoding}
          </span>
          {props.onOpenPreview && (
            <button type="button" className="btn" onClick={() => props.onOpenPreview?.(state.report)}>
              打开预览
            </button>
          )}
        </div>
      )}
    </section>
  );
}
