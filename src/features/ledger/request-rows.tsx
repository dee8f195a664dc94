// The requests of the ledger as a table the clerk edits, one request a row: 收到日期, 申请人类型,
// 申请内容, 办理结果 (table 三's outcome rows, by their row path), 办结日期. The choices are the
// template's (applicantTypes, outcomeOptions), so a row can only name what its format prints.
import { memo, useState } from 'react';
import {
  MAX_LEDGER_REQUESTS,
  MAX_REQUEST_CONTENT,
  type LedgerRequest,
} from '../../report/ledger/ledger-schema';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';
import { fieldDomId } from '../../ui/dom-ids';
import { LedgerPager } from './ledger-pager';
import { PAGE_SIZE, pageOf } from './page-of';

type Patch = Partial<Omit<LedgerRequest, 'id'>>;

const CELL = 'border border-slate-300 px-1 py-1 align-top';
const INPUT = 'w-full rounded-sm border border-slate-300 px-1.5 py-1 text-sm';

const RequestRow = memo(function RequestRow({
  format,
  row,
  position,
  issue,
  onChange,
  onRemove,
}: {
  readonly format: FormatSpec;
  readonly row: LedgerRequest;
  readonly position: number;
  readonly issue: string | undefined;
  readonly onChange: (id: string, patch: Patch) => void;
  readonly onRemove: (id: string) => void;
}) {
  const n = `第 ${position} 条`;
  const issueId = `${fieldDomId(`ledger.${row.id}`)}-issue`;
  const described = issue ? issueId : undefined;
  return (
    <>
      <tr>
        <th scope="row" className={`${CELL} w-12 text-center font-normal text-slate-500`}>
          {position}
        </th>
        <td className={CELL}>
          <input
            id={fieldDomId(`ledger.${row.id}`)}
            type="date"
            aria-label={`${n} 收到日期`}
            aria-describedby={described}
            aria-invalid={issue ? true : undefined}
            className={INPUT}
            value={row.received}
            onChange={(e) => onChange(row.id, { received: e.target.value })}
          />
        </td>
        <td className={CELL}>
          <select
            aria-label={`${n} 申请人类型`}
            className={INPUT}
            value={row.applicant}
            onChange={(e) => onChange(row.id, { applicant: e.target.value })}
          >
            <option value="">请选择</option>
            {applicantTypes(format).choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </td>
        <td className={CELL}>
          <input
            type="text"
            aria-label={`${n} 申请内容`}
            maxLength={MAX_REQUEST_CONTENT}
            autoComplete="off"
            className={INPUT}
            value={row.content}
            onChange={(e) => onChange(row.id, { content: e.target.value })}
          />
        </td>
        <td className={CELL}>
          <select
            aria-label={`${n} 办理结果`}
            className={`${INPUT} max-w-[26rem]`}
            value={row.outcome}
            onChange={(e) => onChange(row.id, { outcome: e.target.value })}
          >
            <option value="">尚未办结</option>
            {outcomeOptions(format).choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </td>
        <td className={CELL}>
          <input
            type="date"
            aria-label={`${n} 办结日期`}
            className={INPUT}
            value={row.done}
            onChange={(e) => onChange(row.id, { done: e.target.value })}
          />
        </td>
        <td className={`${CELL} text-center`}>
          <button type="button" className="btn btn-small" onClick={() => onRemove(row.id)}>
            删除<span className="sr-only">{n}</span>
          </button>
        </td>
      </tr>
      {issue ? (
        <tr>
          <td />
          <td colSpan={6} id={issueId} className="px-2 pb-2 text-sm text-amber-800">
            {n}不计入表格：{issue}
          </td>
        </tr>
      ) : null}
    </>
  );
});

export function RequestRows({
  format,
  requests,
  issues,
  onChange,
  onAdd,
  onRemove,
}: {
  readonly format: FormatSpec;
  readonly requests: readonly LedgerRequest[];
  /** Why a row is not counted, by row id. */
  readonly issues: ReadonlyMap<string, string>;
  readonly onChange: (id: string, patch: Patch) => void;
  readonly onAdd: () => void;
  readonly onRemove: (id: string) => void;
}) {
  const [page, setPage] = useState(0);
  const shown = pageOf(page, requests.length);
  const full = requests.length >= MAX_LEDGER_REQUESTS;
  return (
    <div className="space-y-2">
      {requests.length === 0 ? (
        <p className="text-sm text-slate-600">台账中还没有申请。可逐条添加，或从 Excel 文件导入。</p>
      ) : (
        <div className="overflow-x-auto">
          <table aria-label="申请台账" className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="bg-slate-50 text-xs text-slate-700">
                <th scope="col" className={CELL}>
                  序号
                </th>
                <th scope="col" className={`${CELL} w-40`}>
                  收到日期
                </th>
                <th scope="col" className={`${CELL} w-40`}>
                  申请人类型
                </th>
                <th scope="col" className={CELL}>
                  申请内容（可不填）
                </th>
                <th scope="col" className={CELL}>
                  办理结果
                </th>
                <th scope="col" className={`${CELL} w-40`}>
                  办结日期
                </th>
                <th scope="col" className={CELL}>
                  <span className="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.slice(shown.from, shown.to).map((r, i) => (
                <RequestRow
                  key={r.id}
                  format={format}
                  row={r}
                  position={shown.from + i + 1}
                  issue={issues.get(r.id)}
                  onChange={onChange}
                  onRemove={onRemove}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn"
          disabled={full}
          onClick={() => {
            onAdd();
            // The new row is the last one: show the page it is on.
            setPage(Math.floor(requests.length / PAGE_SIZE));
          }}
        >
          添加一条申请
        </button>
        {full ? (
          <span className="text-sm text-slate-600">台账最多 {MAX_LEDGER_REQUESTS} 条申请。</span>
        ) : null}
        <LedgerPager label="申请台账" page={shown.page} total={requests.length} onPage={setPage} />
      </div>
    </div>
  );
}
