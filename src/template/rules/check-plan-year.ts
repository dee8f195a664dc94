import type { FormatSpec } from '../spec-types';
import type { Finding, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';

/**
 * Section 五 states 改进情况 for the coming year; a plan dated in the report's own year
 * (“2021年，我镇将…” in the 2021 report) is last year's text left unchanged, or a slip of the year.
 * Only a year followed by a word of intent counts: “2021年存在的问题” is this year's and fine.
 */
export function checkPlanYear(format: FormatSpec, report: ReportContent): Finding[] {
  const plan = new RegExp(
    `${report.year}年度?[，,、\\s]*(?:(?:我|本|全)(?:镇|乡|街道|单位|机关|办)?)?[，,\\s]*(?:将|计划|拟|要|继续|进一步|力争|着力)`,
  );
  return narrativePlaces(format, report.narratives)
    .filter((p) => p.sectionId === 's5')
    .flatMap((p) => {
      const hit = plan.exec(p.text);
      if (!hit) return [];
      return [
        {
          key: `W-plan-year:${p.field}`,
          ruleId: 'W-plan-year',
          severity: 'warning' as const,
          sectionId: p.sectionId,
          cells: [],
          field: p.field,
          phrase: hit[0],
          message: `${p.label}中“${hit[0]}…”把改进计划写在了本报告的年度，下一步的改进应写${report.year + 1}年，请核对`,
        },
      ];
    });
}
