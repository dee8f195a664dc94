// Whether table 三 (or 四) follows the ledger, and the switch: 不使用台账 returns the table to
// typing, 使用台账 counts it from the ledger again. Neither loses anything: the ledger keeps its
// rows, and the figures typed by hand before the ledger took over are kept aside to be restored.
import { useState } from 'react';
import { followLedger } from '../../report/ledger/follow-ledger';
import type { Ledger, LedgerTableKey } from '../../report/ledger/ledger-schema';
import { stopFollowingLedger } from '../../report/ledger/stop-following-ledger';
import { tableOfMode } from '../../report/ledger/table-of-mode';
import type { Report } from '../../report/report-schema';
import type { FormatSpec } from '../../template/spec-types';
import { ConfirmDialog, ModalDialog } from '../../ui/modal-dialog';

/** The section whose table the mode governs, as the report titles it. */
function tableTitle(format: FormatSpec, key: LedgerTableKey): string {
  const id = tableOfMode(format, key);
  return format.sections.find((s) => s.table?.id === id)?.title ?? '';
}

export function LedgerTableMode({
  format,
  ledger,
  which,
  apply,
}: {
  readonly format: FormatSpec;
  readonly ledger: Ledger;
  readonly which: LedgerTableKey;
  readonly apply: (change: (report: Report) => Report) => void;
}) {
  const [asking, setAsking] = useState<'stop' | 'follow' | undefined>(undefined);
  const mode = ledger[which];
  const rows = which === 'requestsTable' ? ledger.requests.length : ledger.cases.length;
  const title = tableTitle(format, which);
  const what = which === 'requestsTable' ? '申请台账' : '案件列表';
  if (!mode.follows && rows === 0) return null;
  const stop = (restore: boolean) => {
    setAsking(undefined);
    apply((r) => stopFollowingLedger(r, which, { restore }));
  };
  return (
    <div
      role="group"
      aria-label={`“${title}”的表格与${what}`}
      className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950"
    >
      <p className="min-w-0 flex-1">
        {mode.follows
          ? `“${title}”的表格按${what}计算，不能直接修改；点表格中的数字可查看计入它的台账条目。`
          : `“${title}”的表格由手工填写；${what}中的 ${rows} 条没有计入表格。`}
      </p>
      {mode.follows ? (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => (mode.handTyped ? setAsking('stop') : stop(false))}
        >
          不使用台账
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setAsking('follow')}>
          使用台账
        </button>
      )}
      {asking === 'stop' ? (
        <ModalDialog title="不使用台账" onClose={() => setAsking(undefined)}>
          <p className="mb-6 text-sm leading-6 text-slate-700">
            表格将改为手工填写，台账保留不变。使用台账之前表格中手工填写过数字：恢复这些数字，还是从台账算出的数字开始修改？
          </p>
          <div className="flex justify-end gap-3">
            <button type="button" className="btn" onClick={() => setAsking(undefined)}>
              取消
            </button>
            <button type="button" className="btn" onClick={() => stop(false)}>
              从台账的数字开始
            </button>
            <button type="button" className="btn btn-primary" onClick={() => stop(true)}>
              恢复手填的数字
            </button>
          </div>
        </ModalDialog>
      ) : null}
      {asking === 'follow' ? (
        <ConfirmDialog
          title="使用台账"
          message={`表格将按${what}计算，不能再直接修改。表格中现在手工填写的数字会保留下来，以后点“不使用台账”时可以恢复。`}
          confirmLabel="使用台账"
          onConfirm={() => {
            setAsking(undefined);
            apply((r) => followLedger(r, which));
          }}
          onCancel={() => setAsking(undefined)}
        />
      ) : null}
    </div>
  );
}
