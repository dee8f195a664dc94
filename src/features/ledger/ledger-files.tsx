// 下载台账模板 and 导入台账. The readers and the writer of .xlsx and .csv (read-excel-file,
// write-excel-file, papaparse) are loaded on the click, never with the step: most clerks open the
// step without a file, and the libraries are larger than the step itself.
import { useState } from 'react';
import { applyLedgerImport } from '../../report/ledger/apply-ledger-import';
import type { Ledger } from '../../report/ledger/ledger-schema';
import type { LedgerReadResult, RowProblem } from '../../report/ledger/read-ledger-rows';
import type { Report } from '../../report/report-schema';
import type { FormatSpec } from '../../template/spec-types';
import { downloadBlob } from '../../ui/download-blob';
import { FilePickButton } from '../../ui/file-drop-zone';
import { ModalDialog } from '../../ui/modal-dialog';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Read = Extract<LedgerReadResult, { ok: true }>;

type Outcome =
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'refused'; readonly text: string; readonly problems: readonly RowProblem[] };

/** How many rows of the lists the file holds are already in the ledger (what 替换 would drop). */
function overlapping(ledger: Ledger, read: Read): number {
  return (read.requests ? ledger.requests.length : 0) + (read.cases ? ledger.cases.length : 0);
}

export function LedgerFiles({
  format,
  ledger,
  fileStem,
  apply,
}: {
  readonly format: FormatSpec;
  readonly ledger: Ledger;
  /** The start of the file names, e.g. `2023年度`. */
  readonly fileStem: string;
  readonly apply: (change: (report: Report) => Report) => void;
}) {
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [pending, setPending] = useState<{ readonly read: Read; readonly file: string } | undefined>();

  const download = async (withRows: boolean) => {
    setOutcome({ kind: 'busy', text: '正在生成 Excel 文件…' });
    try {
      const { writeLedgerWorkbook } = await import('../../report/ledger/write-ledger-workbook');
      const bytes = await writeLedgerWorkbook(format, withRows ? ledger : undefined);
      const name = `${fileStem}${withRows ? '申请台账' : '申请台账模板'}.xlsx`;
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), name);
      setOutcome(undefined);
    } catch {
      setOutcome({ kind: 'refused', text: '生成 Excel 文件失败，请重试。', problems: [] });
    }
  };

  const finish = (read: Read, file: string, mode: 'replace' | 'append') => {
    setPending(undefined);
    let reason: string | undefined;
    apply((report) => {
      const result = applyLedgerImport(report, read, mode);
      if (!result.ok) {
        reason = result.reason;
        return report;
      }
      return result.report;
    });
    if (reason !== undefined) {
      setOutcome({ kind: 'refused', text: `没有导入“${file}”：${reason}。`, problems: [] });
      return;
    }
    setOutcome({ kind: 'done', text: `已导入“${file}”：${read.summary}。` });
  };

  const onFile = async (file: File) => {
    setOutcome({ kind: 'busy', text: `正在读取“${file.name}”…` });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readLedgerFile } = await import('../../report/ledger/read-ledger-file');
      const read = await readLedgerFile(format, bytes, file.name);
      if (!read.ok) {
        setOutcome({
          kind: 'refused',
          text: `没有导入“${file.name}”：${read.reason}。`,
          problems: read.problems,
        });
        return;
      }
      if (overlapping(ledger, read) > 0) {
        setOutcome(undefined);
        setPending({ read, file: file.name });
      } else finish(read, file.name, 'replace');
    } catch {
      setOutcome({ kind: 'refused', text: `无法读取“${file.name}”，台账没有改动。`, problems: [] });
    }
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn" onClick={() => void download(false)}>
          下载台账模板
        </button>
        {ledger.requests.length + ledger.cases.length > 0 ? (
          <button type="button" className="btn" onClick={() => void download(true)}>
            导出台账
          </button>
        ) : null}
        <FilePickButton
          label="导入台账"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onFiles={([file]) => {
            if (file) void onFile(file);
          }}
        />
      </div>
      <p className="text-xs text-slate-600">
        可导入 .xlsx 或 .csv
        文件：第一行为表头（收到日期、申请人类型、申请内容、办理结果、办结日期），多余的列不读取。
        有任何一行无法读取时，整个文件都不导入，并列出每一行的原因。
      </p>
      {outcome ? (
        <div
          role={outcome.kind === 'refused' ? 'alert' : 'status'}
          className={`rounded-md border px-3 py-2 text-sm ${
            outcome.kind === 'refused'
              ? 'border-red-300 bg-red-50 text-red-900'
              : 'border-emerald-300 bg-emerald-50 text-emerald-900'
          }`}
        >
          <p>{outcome.text}</p>
          {outcome.kind === 'refused' && outcome.problems.length > 0 ? (
            <ul aria-label="无法读取的行" className="mt-2 max-h-64 list-disc overflow-y-auto pl-5">
              {outcome.problems.map((p) => (
                <li key={`${p.sheet}:${p.row}`}>
                  工作表“{p.sheet}”第 {p.row} 行：{p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {pending ? (
        <ModalDialog title="导入台账" onClose={() => setPending(undefined)}>
          <p className="mb-6 text-sm leading-6 text-slate-700">
            “{pending.file}”{pending.read.summary}。台账中已有 {ledger.requests.length} 条申请、
            {ledger.cases.length} 件案件：用文件的内容替换它们，还是加在后面？
          </p>
          <div className="flex justify-end gap-3">
            <button type="button" className="btn" onClick={() => setPending(undefined)}>
              取消
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => finish(pending.read, pending.file, 'append')}
            >
              加在后面
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => finish(pending.read, pending.file, 'replace')}
            >
              替换现有台账
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </div>
  );
}
