// What a report keeps of the year before (Report.lastYear): table 三's figures, so that R5 (上年
// 结转 = last year's 结转下年度继续办理) is checked without last year's report at hand, and the
// text as published, shown beside section 五 and compared with this year's. 新建下一年度报告
// writes it from the report it starts from; an imported report saved as last year's report gives
// it to this year's report of the same office.
import { getFormat } from '../template/formats';
import { reportCells } from './report-cells';
import type { Report } from './report-schema';

export function lastYearOf(report: Report): NonNullable<Report['lastYear']> {
  const { tableId } = getFormat(report.formatId).carryOver;
  const cells: Record<string, string> = {};
  for (const [id, raw] of Object.entries(reportCells(report))) {
    if (raw !== undefined && id.startsWith(`${tableId}:`)) cells[id] = raw;
  }
  const narratives: Record<string, string> = {};
  for (const [id, text] of Object.entries(
    report.narratives as Readonly<Record<string, string | undefined>>,
  )) {
    if (text) narratives[id] = text;
  }
  return { year: report.year, formatId: report.formatId, reportId: report.id, cells, narratives };
}

const sameOffice = (a: Report, b: Report) => {
  const name = a.meta.agencyName.trim();
  return name !== '' && b.meta.agencyName.trim() === name;
};

export interface LinkedLastYear {
  /** The reports of the following year that now carry `last` as their last year (to store). */
  readonly linked: readonly Report[];
  /** The following year's reports that already carried another last year and were left as they are. */
  readonly kept: readonly Report[];
}

/**
 * Gives `last` to the same office's reports of the following year that know no last year yet.
 * One that already carries a last year (made by 新建下一年度报告, or linked before) keeps it: the
 * clerk's figures are never replaced behind their back.
 */
export function linkLastYear(reports: readonly Report[], last: Report, now: Date): LinkedLastYear {
  const following = reports.filter(
    (r) => r.year === last.year + 1 && r.id !== last.id && sameOffice(last, r),
  );
  const lastYear = lastYearOf(last);
  return {
    linked: following
      .filter((r) => r.lastYear === undefined)
      .map((r) => ({ ...r, lastYear, updatedAt: now.toISOString() })),
    kept: following.filter((r) => r.lastYear !== undefined),
  };
}
