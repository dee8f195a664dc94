// The reviews and lawsuits of the year, one a row (案件类型, 结果, 说明), from which table 四 is
// counted. The choices are table 四's own kinds of case and results (caseVocabulary).
import { MAX_CASE_NOTE, MAX_LEDGER_CASES, type LedgerCase } from '../../report/ledger/ledger-schema';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { FormatSpec } from '../../template/spec-types';
import { fieldDomId } from '../../ui/dom-ids';

type Patch = Partial<Omit<LedgerCase, 'id'>>;

const CELL = 'border border-slate-300 px-1 py-1 align-top';
const INPUT = 'w-full rounded-sm border border-slate-300 px-1.5 py-1 text-sm';

export function CaseRows({
  format,
  cases,
  issues,
  onChange,
  onAdd,
  onRemove,
}: {
  readonly format: FormatSpec;
  readonly cases: readonly LedgerCase[];
  readonly issues: ReadonlyMap<string, string>;
  readonly onChange: (id: string, patch: Patch) => void;
  readonly onAdd: () => void;
  readonly onRemove: (id: string) => void;
}) {
  const { types, results } = caseVocabulary(format);
  return (
    <div className="space-y-2">
      {cases.length === 0 ? (
        <p className="text-sm text-slate-600">没有行政复议、行政诉讼案件时不必填写。</p>
      ) : (
        <table aria-label="复议、诉讼案件" className="border-collapse bg-white text-sm">
          <thead>
            <tr className="bg-slate-50 text-xs text-slate-700">
              <th scope="col" className={CELL}>
                序号
              </th>
              <th scope="col" className={CELL}>
                案件类型
              </th>
              <th scope="col" className={CELL}>
                结果
              </th>
              <th scope="col" className={CELL}>
                说明（可不填）
              </th>
              <th scope="col" className={CELL}>
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c, i) => {
              const n = `第 ${i + 1} 件`;
              const issue = issues.get(c.id);
              const issueId = `${fieldDomId(`ledger.${c.id}`)}-issue`;
              return (
                <tr key={c.id}>
                  <th scope="row" className={`${CELL} w-12 text-center font-normal text-slate-500`}>
                    {i + 1}
                  </th>
                  <td className={CELL}>
                    <select
                      id={fieldDomId(`ledger.${c.id}`)}
                      aria-label={`${n} 案件类型`}
                      aria-describedby={issue ? issueId : undefined}
                      aria-invalid={issue ? true : undefined}
                      className={INPUT}
                      value={c.type}
                      onChange={(e) => onChange(c.id, { type: e.target.value })}
                    >
                      <option value="">请选择</option>
                      {types.choices.map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}
                        </option>
                      ))}
                    </select>
                    {issue ? (
                      <p id={issueId} className="mt-1 text-xs text-amber-800">
                        不计入表格：{issue}
                      </p>
                    ) : null}
                  </td>
                  <td className={CELL}>
                    <select
                      aria-label={`${n} 结果`}
                      className={INPUT}
                      value={c.result}
                      onChange={(e) => onChange(c.id, { result: e.target.value })}
                    >
                      <option value="">请选择</option>
                      {results.choices.map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className={CELL}>
                    <input
                      type="text"
                      aria-label={`${n} 说明`}
                      maxLength={MAX_CASE_NOTE}
                      autoComplete="off"
                      className={`${INPUT} w-72`}
                      value={c.note}
                      onChange={(e) => onChange(c.id, { note: e.target.value })}
                    />
                  </td>
                  <td className={`${CELL} text-center`}>
                    <button type="button" className="btn btn-small" onClick={() => onRemove(c.id)}>
                      删除<span className="sr-only">{n}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="btn" disabled={cases.length >= MAX_LEDGER_CASES} onClick={onAdd}>
        添加一件案件
      </button>
    </div>
  );
}
