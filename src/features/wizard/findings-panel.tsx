// Every finding of the report, grouped by step, errors first; each one takes the clerk to the cell
// or field it concerns. It reads the live store, so it updates as the clerk types.
import { useState } from 'react';
import type { Finding } from '../../template/rules/finding';
import { findingDomId } from '../../ui/dom-ids';
import { useAllFindings } from '../../ui/live-checks';
import type { PartId } from '../../template/section-ids';
import { CountBadges } from './count-badges';
import { isPartStep, type WizardStep } from './wizard-steps';

export function groupFindings(
  findings: readonly Finding[],
  order: readonly PartId[],
): { readonly step: PartId; readonly findings: readonly Finding[] }[] {
  return order
    .map((step) => ({
      step,
      findings: findings
        .filter((f) => f.sectionId === step)
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
    }))
    .filter((g) => g.findings.length > 0);
}

/**
 * Whether the panel starts open: at 1024 or 1152 px wide, common on older office screens, it would
 * take the room the tables and text boxes need, so there it starts collapsed (one click opens it;
 * the step list still counts each step's findings).
 */
function roomForPanel(): boolean {
  return (
    typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 1280px)').matches
  );
}

export function FindingsPanel({
  steps,
  onOpen,
  wide = false,
}: {
  readonly steps: readonly WizardStep[];
  readonly onOpen: (step: PartId, domId: string | undefined, phrase?: string) => void;
  /**
   * The step shows a wide table (三, 四): the panel starts collapsed there, so that the table's
   * 总计 column is in sight without scrolling sideways on a 1366 × 768 screen. A click opens it,
   * and the clerk's own choice then holds on every step.
   */
  readonly wide?: boolean;
}) {
  const findings = useAllFindings();
  const [chosen, setChosen] = useState<boolean | undefined>(undefined);
  const open = chosen ?? (roomForPanel() && !wide);
  const setOpen = (toggle: (o: boolean) => boolean) => setChosen(toggle(open));
  const order = steps.map((s) => s.id).filter(isPartStep);
  const groups = groupFindings(findings, order);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  // `contain-strict`: the panel's size comes from the layout around it, never from its content,
  // so the messages it rewrites after every check are laid out and painted on their own instead
  // of with the table beside them (longest task while typing).
  return (
    <aside
      aria-label="检查结果"
      className={`flex min-h-0 flex-col border-l border-slate-200 bg-white contain-strict ${open ? 'w-80' : 'w-12'}`}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls="findings-list"
        onClick={() => setOpen((o) => !o)}
        className={`flex items-center gap-2 border-b border-slate-200 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-50 ${open ? 'px-3' : 'flex-col px-1'}`}
        title={open ? '收起检查结果' : '展开检查结果'}
      >
        <span aria-hidden="true">{open ? '»' : '«'}</span>
        {open ? (
          <span>
            检查结果：<span className="text-red-700">{errors} 个错误</span>，
            <span className="text-amber-700">{warnings} 个提醒</span>
          </span>
        ) : (
          <>
            {/* Collapsed, the counts stay in sight, so nothing found goes unnoticed. */}
            <span className="sr-only">
              检查结果：{errors} 个错误，{warnings} 个提醒
            </span>
            <CountBadges errors={errors} warnings={warnings} />
          </>
        )}
      </button>
      {open ? (
        <div id="findings-list" className="min-h-0 flex-1 overflow-y-auto px-3 py-2">
          {groups.length === 0 ? (
            <p className="py-4 text-sm text-emerald-700">没有发现问题。</p>
          ) : (
            groups.map((g) => (
              <section key={g.step} className="mb-4">
                <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500">
                  {steps.find((s) => s.id === g.step)?.title}
                </h3>
                <ul className="space-y-1">
                  {g.findings.map((f) => (
                    <li key={f.key}>
                      <button
                        type="button"
                        onClick={() => onOpen(g.step, findingDomId(f), f.phrase)}
                        className={`w-full rounded-md border-l-4 px-2 py-1.5 text-left text-sm leading-5 hover:bg-slate-50 ${
                          f.severity === 'error'
                            ? 'border-red-500 text-slate-800'
                            : 'border-amber-400 text-slate-700'
                        }`}
                      >
                        <span className="sr-only">{f.severity === 'error' ? '错误：' : '提醒：'}</span>
                        {f.message}
                      </button>
                      {f.ruleId === 'blank' ? (
                        <p className="mt-0.5 px-2 text-xs text-slate-500">
                          点上面的提示会定位到第一个未填的单元格；确实没有发生的，可用表格上方的“未填单元格填
                          0”一次填好。
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </div>
      ) : null}
    </aside>
  );
}
