// 申请台账: the year's requests (table 三) and its reviews and lawsuits (table 四), kept in the report,
// typed here or imported from the clerk's Excel file. The tables that follow the ledger are counted
// by src/report/ledger on every change; this step only edits rows and passes them on.
import { useCallback, useMemo } from 'react';
import { countCases } from '../../report/ledger/count-cases';
import { countRequests } from '../../report/ledger/count-requests';
import type { LedgerCase, LedgerRequest } from '../../report/ledger/ledger-schema';
import { updateLedger } from '../../report/ledger/update-ledger';
import type { FormatSpec } from '../../template/spec-types';
import { CaseRows } from './case-rows';
import { LedgerFiles } from './ledger-files';
import { LedgerTableMode } from './ledger-table-mode';
import { RequestRows } from './request-rows';
import { useLedger } from './use-ledger';

const newId = () => globalThis.crypto.randomUUID();

const issueMap = (issues: readonly { readonly id: string; readonly message: string }[]) =>
  new Map(issues.map((i) => [i.id, i.message]));

export function LedgerStep({ format }: { readonly format: FormatSpec }) {
  const { ledger, year, apply } = useLedger();
  const requests = useMemo(
    () => countRequests(format, year, ledger.requests),
    [format, year, ledger.requests],
  );
  const cases = useMemo(() => countCases(format, ledger.cases), [format, ledger.cases]);
  const requestIssues = useMemo(() => issueMap(requests.issues), [requests.issues]);
  const caseIssues = useMemo(() => issueMap(cases.issues), [cases.issues]);

  const changeRequest = useCallback(
    (id: string, patch: Partial<Omit<LedgerRequest, 'id'>>) =>
      apply((r) =>
        updateLedger(r, (l) => ({
          ...l,
          requests: l.requests.map((q) => (q.id === id ? { ...q, ...patch } : q)),
        })),
      ),
    [apply],
  );
  const addRequest = useCallback(
    () =>
      apply((r) =>
        updateLedger(r, (l) => ({
          ...l,
          requests: [
            ...l.requests,
            { id: newId(), received: '', applicant: '', content: '', outcome: '', done: '' },
          ],
        })),
      ),
    [apply],
  );
  const removeRequest = useCallback(
    (id: string) =>
      apply((r) => updateLedger(r, (l) => ({ ...l, requests: l.requests.filter((q) => q.id !== id) }))),
    [apply],
  );
  const changeCase = useCallback(
    (id: string, patch: Partial<Omit<LedgerCase, 'id'>>) =>
      apply((r) =>
        updateLedger(r, (l) => ({ ...l, cases: l.cases.map((c) => (c.id === id ? { ...c, ...patch } : c)) })),
      ),
    [apply],
  );
  const addCase = useCallback(
    () =>
      apply((r) =>
        updateLedger(r, (l) => ({
          ...l,
          cases: [...l.cases, { id: newId(), type: '', result: '', note: '' }],
        })),
      ),
    [apply],
  );
  const removeCase = useCallback(
    (id: string) =>
      apply((r) => updateLedger(r, (l) => ({ ...l, cases: l.cases.filter((c) => c.id !== id) }))),
    [apply],
  );

  const open = ledger.requests.filter((r) => r.done === '').length;
  return (
    <div className="space-y-6">
      <section
        aria-label="关于台账"
        className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm leading-6 text-slate-700"
      >
        <p>
          每收到一件政府信息公开申请记一条。有台账后，第三部分的表格按台账自动计算，不必手工统计；年底尚未办结的申请，在“新建下一年度报告”时自动带入下一年度，计入上年结转。
        </p>
        <p className="mt-1 font-medium text-slate-900">
          台账只保存在本报告和它的草稿文件中，不会写入导出的 Word
          文件。台账不记录申请人姓名等个人信息，申请内容中也请不要填写姓名、证件号码或联系方式。
        </p>
      </section>

      <section aria-labelledby="ledger-files-title" className="space-y-2">
        <h3 id="ledger-files-title" className="text-base font-semibold text-slate-900">
          Excel 台账
        </h3>
        <LedgerFiles format={format} ledger={ledger} fileStem={`${year}年度`} apply={apply} />
      </section>

      <section aria-labelledby="ledger-requests-title" className="space-y-3">
        <h3 id="ledger-requests-title" className="text-base font-semibold text-slate-900">
          政府信息公开申请
        </h3>
        <p role="status" className="text-sm text-slate-700">
          共 {ledger.requests.length} 条
          {ledger.requests.length > 0
            ? `：计入表格 ${requests.counted} 条${open > 0 ? `，尚未办结 ${open} 条` : ''}${
                requests.issues.length > 0 ? `，${requests.issues.length} 条因填写不全或不属本年度未计入` : ''
              }。`
            : '。'}
        </p>
        <LedgerTableMode format={format} ledger={ledger} which="requestsTable" apply={apply} />
        <RequestRows
          format={format}
          requests={ledger.requests}
          issues={requestIssues}
          onChange={changeRequest}
          onAdd={addRequest}
          onRemove={removeRequest}
        />
      </section>

      <section aria-labelledby="ledger-cases-title" className="space-y-3">
        <h3 id="ledger-cases-title" className="text-base font-semibold text-slate-900">
          行政复议、行政诉讼案件
        </h3>
        <LedgerTableMode format={format} ledger={ledger} which="casesTable" apply={apply} />
        <CaseRows
          format={format}
          cases={ledger.cases}
          issues={caseIssues}
          onChange={changeCase}
          onAdd={addCase}
          onRemove={removeCase}
        />
      </section>
    </div>
  );
}
