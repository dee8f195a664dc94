import { getFormat } from '../../template/formats';
import { checkReport } from '../../template/rules/check-report';
import type { Finding } from '../../template/rules/finding';
import { ruleName } from '../../template/rules/rule-names';
import { unreadableCells, type DeskEntry } from './desk-entry';

/** One report's findings, as the editor has them, and the counts and line the desk lists. */
export interface EntryCheck {
  readonly entryId: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
  /** Cells the reader could not read (they show as 未填 or R6 among the findings too). */
  readonly unreadable: number;
  /** A short line of what is wrong, e.g. `勾稽关系不平衡（2处）；有单元格未填（12处）`. */
  readonly summary: string;
}

/** How many kinds of problem the line names before it says 等. */
const SUMMARY_KINDS = 4;

/**
 * The same rule findings as the editor, preview and Word export give, on a report brought into the
 * desk. Printed totals are checked as printed (a published table that does not add up is what the
 * officer is looking for). R5 is left to the desk's check across reports, which knows the office's
 * other years; `today` fixes the format-by-year check, so that a review reads the same all day.
 */
export function checkEntry(entry: DeskEntry, today: Date): EntryCheck {
  const { report } = entry;
  const findings = checkReport(
    getFormat(report.formatId),
    { ...report, cells: { ...report.cells, ...entry.printedTotals } },
    { today },
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const unreadable = unreadableCells(entry).length;
  return {
    entryId: entry.id,
    findings,
    errors,
    warnings: findings.length - errors,
    unreadable,
    summary: summarize(findings, unreadable),
  };
}

/** Kinds of problem, errors first, each with how many places it was found (cells for 未填). */
function summarize(findings: readonly Finding[], unreadable: number): string {
  const kinds = new Map<string, number>();
  for (const severity of ['error', 'warning'] as const) {
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const n = f.ruleId === 'blank' ? f.cells.length : 1;
      kinds.set(f.ruleId, (kinds.get(f.ruleId) ?? 0) + n);
    }
  }
  const parts = [...kinds].map(([id, n]) => (n > 1 ? `${ruleName(id)}（${n}处）` : ruleName(id)));
  if (unreadable > 0) parts.unshift(`${unreadable} 个单元格无法识别`);
  if (parts.length === 0) return '未发现问题';
  const shown = parts.slice(0, SUMMARY_KINDS).join('；');
  return parts.length > SUMMARY_KINDS ? `${shown}等 ${parts.length} 类问题` : shown;
}
