import type { Report } from '../../report/report-schema';
import { downloadDraft } from '../../ui/download-draft';
import { JOURNAL_FULL_MESSAGE } from './save-failure-message';
import { useSaveState, type SaveStatus } from './save-status';

function time(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function SaveIndicator({
  status,
  getReport,
  onDraftExported,
}: {
  readonly status: SaveStatus;
  readonly getReport: () => Report;
  readonly onDraftExported?: ((report: Report) => void) | undefined;
}) {
  const state = useSaveState(status);
  if (state.kind === 'error' || state.journalFull) {
    return (
      <div
        role="alert"
        className="flex items-center gap-2 rounded-md bg-red-50 px-3 py-1 text-sm text-red-800"
      >
        <span>{state.kind === 'error' ? state.message : JOURNAL_FULL_MESSAGE}</span>
        <button
          type="button"
          className="btn btn-small btn-danger"
          onClick={() => {
            const report = getReport();
            downloadDraft(report);
            onDraftExported?.(report);
          }}
        >
          导出草稿
        </button>
      </div>
    );
  }
  // A box of fixed size (contain-strict) around text that changes on every keystroke (保存中… /
  // 已保存), so the change lays out this box only, not the header.
  return (
    <span
      role="status"
      className="inline-block h-5 w-32 text-right text-sm leading-5 whitespace-nowrap text-slate-500 contain-strict"
    >
      {state.kind === 'saving'
        ? '保存中…'
        : state.kind === 'readonly'
          ? '只读'
          : `已保存${state.at ? `（${time(state.at)}）` : ''}`}
    </span>
  );
}
