import { PART_IDS } from '../section-ids';
import type { FormatSpec } from '../spec-types';
import { checkBalance } from './check-balance';
import { checkCarryOver } from './check-carry-over';
import { checkCellValues } from './check-cell-values';
import { checkDatesAndFormat } from './check-dates-and-format';
import { checkAgencyKind } from './check-agency-kind';
import { checkDeclaredWarnings } from './check-declared-warnings';
import { checkFeeStatement } from './check-fee-statement';
import { checkNarrativeNumbers } from './check-narrative-numbers';
import { checkPlanYear } from './check-plan-year';
import { checkSameAsLastYear } from './check-same-as-last-year';
import { checkSums } from './check-sums';
import { checkTextCompleteness } from './check-text-completeness';
import type { Finding, LastYear, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';
import { resolveValues } from './resolve-values';

export interface CheckOptions {
  /** Last year's report, for R5 and the text left unchanged. */
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
  const narrativeTexts = narrativePlaces(format, report.narratives);
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
      [{ field: 'preamble', sectionId: 'meta', label: '引言', text: report.preamble }, ...narrativeTexts],
      values,
    ),
    ...checkPlanYear(format, report),
    ...checkAgencyKind(format, report),
    ...checkSameAsLastYear(format, report, options.lastYear),
    ...checkFeeStatement(format, report, values),
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
