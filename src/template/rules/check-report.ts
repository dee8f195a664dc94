import { PART_IDS } from '../section-ids';
import type { FormatSpec } from '../spec-types';
import { checkBalance } from './check-balance';
import { checkCarryOver } from './check-carry-over';
import { checkCellValues } from './check-cell-values';
import { checkDatesAndFormat } from './check-dates-and-format';
import { checkDeclaredWarnings } from './check-declared-warnings';
import { checkNarrativeNumbers } from './check-narrative-numbers';
import { checkSums } from './check-sums';
import { checkTextCompleteness } from './check-text-completeness';
import type { Finding, LastYear, ReportContent } from './finding';
import { resolveValues } from './resolve-values';

export interface CheckOptions {
  /** Last year's report, for R5. */
  readonly lastYear?: LastYear;
  /** The date the check runs; the format-by-year choice depends on it. */
  readonly today?: Date;
}

/** Every finding on a report, in the order of the report (basic data, then sections 一 to 六). */
export function checkReport(
  format: FormatSpec,
  report: ReportContent,
  options: CheckOptions = {},
): Finding[] {
  const values = resolveValues(format, report.cells);
  const narrativeTexts = format.sections.flatMap((s) =>
    s.narratives.map((n) => ({ field: n.id, sectionId: s.id, text: report.narratives[n.id] ?? '' })),
  );
  const findings: Finding[] = [
    ...checkDatesAndFormat(format, report, options.today ?? new Date()),
    ...checkTextCompleteness(format, report),
    ...checkCellValues(format, values),
    ...checkSums(format, values),
    ...format.rules.flatMap((rule) => (rule.type === 'balance' ? checkBalance(format, rule, values) : [])),
    ...checkCarryOver(format, report.year, values, options.lastYear),
    ...checkDeclaredWarnings(format, report.meta.agencyName, values),
    ...checkNarrativeNumbers(
      format,
      [{ field: 'preamble', sectionId: 'meta', text: report.preamble }, ...narrativeTexts],
      values,
    ),
  ];
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        PART_IDS.indexOf(a.f.sectionId) - PART_IDS.indexOf(b.f.sectionId) ||
        (a.f.severity === b.f.severity ? 0 : a.f.severity === 'error' ? -1 : 1) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
