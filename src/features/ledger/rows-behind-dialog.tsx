// The ledger rows counted in one figure of a table that follows the ledger: what a clerk or a
// supervisor looks at to see where a figure comes from, or which request was put in the wrong row.
import { useMemo } from 'react';
import { countCases } from '../../report/ledger/count-cases';
import { countRequests } from '../../report/ledger/count-requests';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { LedgerVocabulary } from '../../template/ledger/ledger-choice';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';
import { cellLabel, formatCells } from '../../template/table-cells';
import { ModalDialog } from '../../ui/modal-dialog';
import { useLedger } from './use-ledger';

const nameOf = (vocabulary: LedgerVocabulary, id: string) =>
  vocabulary.choices.find((c) => c.id === id)?.name ?? '';

const CELL = 'border border-slate-300 px-2 py-1 text-left align-top';

export function RowsBehindDialog({
  format,
  cellId,
  onClose,
}: {
  readonly format: FormatSpec;
  readonly cellId: string;
  readonly onClose: () => void;
}) {
  const { ledger, year } = useLedger();
  const spec = formatCells(format).get(cellId);
  const isCases = spec?.tableId === format.ledger.casesTableId;
  const behind = useMemo(() => {
    const count = isCases ? countCases(format, ledger.cases) : countRequests(format, year, ledger.requests);
    return new Set(count.rowsBehind[cellId] ?? []);
  }, [format, year, ledger, cellId, isCases]);
  const title = spec ? cellLabel(spec) : cellId;
  if (isCases) {
    const { types, results } = caseVocabulary(format);
    const rows = ledger.cases.map((c, i) => ({ c, n: i + 1 })).filter(({ c }) => behind.has(c.id));
    return (
      <ModalDialog title="计入这个数字的案件" onClose={onClose} wide>
        <p className="mb-3 text-sm text-slate-700">
          {title}：{rows.length} 件
        </p>
        {rows.length > 0 ? (
          <table aria-label="计入的案件" className="mb-4 w-full border-collapse text-sm">
            <thead>
              <tr>
                <th className={CELL}>序号</th>
                <th className={CELL}>案件类型</th>
                <th className={CELL}>结果</th>
                <th className={CELL}>说明</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ c, n }) => (
                <tr key={c.id}>
                  <td className={CELL}>{n}</td>
                  <td className={CELL}>{nameOf(types, c.type)}</td>
                  <td className={CELL}>{nameOf(results, c.result)}</td>
                  <td className={CELL}>{c.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="flex justify-end">
          <button type="button" className="btn" onClick={onClose}>
            关闭
          </button>
        </div>
      </ModalDialog>
    );
  }
  const applicants = applicantTypes(format);
  const outcomes = outcomeOptions(format);
  const rows = ledger.requests.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => behind.has(r.id));
  return (
    <ModalDialog title="计入这个数字的申请" onClose={onClose} wide>
      <p className="mb-3 text-sm text-slate-700">
        {title}：{rows.length} 条（序号为申请台账中的序号）
      </p>
      {rows.length > 0 ? (
        <div className="mb-4 overflow-x-auto">
          <table aria-label="计入的申请" className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th className={CELL}>序号</th>
                <th className={CELL}>收到日期</th>
                <th className={CELL}>申请人类型</th>
                <th className={CELL}>申请内容</th>
                <th className={CELL}>办理结果</th>
                <th className={CELL}>办结日期</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ r, n }) => (
                <tr key={r.id}>
                  <td className={CELL}>{n}</td>
                  <td className={CELL}>{r.received}</td>
                  <td className={CELL}>{nameOf(applicants, r.applicant)}</td>
                  <td className={CELL}>{r.content}</td>
                  <td className={CELL}>{r.outcome ? nameOf(outcomes, r.outcome) : '尚未办结'}</td>
                  <td className={CELL}>{r.done}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="flex justify-end">
        <button type="button" className="btn" onClick={onClose}>
          关闭
        </button>
      </div>
    </ModalDialog>
  );
}
