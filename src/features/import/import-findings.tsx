// 导入检查's list of what the rules find on the report as it would be created (the editor's own
// checks, printed totals that disagree with the computed ones included).
import { useId, useState } from 'react';
import type { Finding } from '../../template/rules/finding';

const SEVERITY_WORD = { error: '错误', warning: '提示' } as const;

/** Findings shown before 显示全部. */
const FINDINGS_SHOWN = 12;

export function FindingsList({
  findings: all,
  waiting,
  failed,
}: {
  readonly findings: readonly Finding[];
  readonly waiting: boolean;
  readonly failed: string | undefined;
}) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  // Errors first, each kind in the order the rules found them.
  const sorted = [...all].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const findings = showAll ? sorted : sorted.slice(0, FINDINGS_SHOWN);
  const total = sorted.length;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        规则检查（{total} 条）
      </h2>
      {waiting ? (
        <p className="text-sm text-slate-600">填写机关名称和报告年度后显示检查结果。</p>
      ) : failed ? (
        <p className="text-sm text-red-700">{failed}</p>
      ) : total === 0 ? (
        <p className="text-sm text-emerald-700">没有发现问题：各项数字符合勾稽关系。</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {findings.map((f) => (
            <li
              key={f.key}
              className={`rounded border px-3 py-1.5 ${f.severity === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-amber-300 bg-amber-50 text-amber-900'}`}
            >
              <span className="font-semibold">{SEVERITY_WORD[f.severity]}</span>
              {/^R\d/.test(f.ruleId) ? `（${f.ruleId}）` : ''}：{f.message}
            </li>
          ))}
        </ul>
      )}
      {!waiting && !failed && total > FINDINGS_SHOWN && !showAll ? (
        <button type="button" className="btn btn-small" onClick={() => setShowAll(true)}>
          显示全部 {total} 条
        </button>
      ) : null}
    </section>
  );
}
