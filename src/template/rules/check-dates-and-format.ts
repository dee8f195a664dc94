import { formatForYear } from '../format-for-year';
import { FORMATS } from '../formats';
import type { FormatSpec } from '../spec-types';
import type { Finding, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';

function readDate(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/**
 * The last day to publish the report of `year` (ISO date): 31 January of the next year
 * (《中华人民共和国政府信息公开条例》第四十九条).
 */
export function publicationDeadline(year: number): string {
  return `${year + 1}-01-31`;
}

export function chineseDate(iso: string): string {
  const d = readDate(iso);
  return d ? `${d.y}年${d.m}月${d.d}日` : iso;
}

/**
 * The report's year against its format (the commonest defect of published reports: last
 * format's tables in this year's report), the notice the text quotes, and the 成文日期 against
 * the deadline of 条例第四十九条 (31 January of the next year).
 */
export function checkDatesAndFormat(format: FormatSpec, report: ReportContent, today: Date): Finding[] {
  const findings: Finding[] = [];
  const choice = formatForYear(report.year, today);
  if (choice.ok && choice.format.id !== format.id) {
    findings.push({
      key: 'F-format-year',
      ruleId: 'F-format-year',
      severity: 'error',
      sectionId: 'meta',
      cells: [],
      field: 'meta.year',
      message: `${report.year} 年度报告应使用${choice.format.notice}的格式，本报告的表格是按${format.notice}编制的`,
    });
  }
  // Where the other notice is quoted: the preamble, else the first narrative in report order, so
  // the finding can take the clerk to that very text box (fieldDomId of the narrative id).
  const places = [
    { field: 'preamble', sectionId: 'meta' as const, text: report.preamble },
    ...narrativePlaces(format, report.narratives),
  ];
  for (const other of Object.values(FORMATS)) {
    if (other.id === format.id) continue;
    const where = places.find((p) => p.text.includes(other.notice));
    if (!where) continue;
    findings.push({
      key: `W-notice:${other.id}`,
      ruleId: 'W-notice',
      severity: 'warning',
      sectionId: where.sectionId,
      cells: [],
      field: where.field,
      message: `正文引用了${other.notice}，但本报告的表格按${format.notice}编制，请改为引用${format.notice}`,
    });
  }
  const sign = readDate(report.meta.signDate);
  if (sign) {
    const deadline = publicationDeadline(report.year);
    if (report.meta.signDate > deadline) {
      findings.push({
        key: 'W-deadline',
        ruleId: 'W-deadline',
        severity: 'warning',
        sectionId: 'meta',
        cells: [],
        field: 'meta.signDate',
        message: `成文日期${chineseDate(report.meta.signDate)}晚于${chineseDate(deadline)}：《中华人民共和国政府信息公开条例》第四十九条要求每年1月31日前公布上一年度的年度报告`,
      });
    } else if (report.meta.signDate < `${report.year}-12-31`) {
      findings.push({
        key: 'W-sign-early',
        ruleId: 'W-sign-early',
        severity: 'warning',
        sectionId: 'meta',
        cells: [],
        field: 'meta.signDate',
        message: `成文日期${chineseDate(report.meta.signDate)}早于统计期限的结束日（${report.year}年12月31日），请核对`,
      });
    }
  }
  return findings;
}
