// Saving what 导入检查 confirmed: the report goes to the browser's store with a history line that
// says where it came from; 作为上年报告保存 also links it as last year's report of the office's
// next report (R5), and says what it did.
import { linkLastYear } from '../../report/last-year-of';
import type { Report } from '../../report/report-schema';
import { putReport } from '../../report/storage';
import { reportTitle } from '../../template/report-title';

function withHistory(report: Report, note: string): Report {
  return {
    ...report,
    review: {
      ...report.review,
      history: [
        ...report.review.history,
        { status: report.review.status, at: report.createdAt, by: '', note },
      ],
    },
  };
}

/** 创建报告: stores the report and returns it as stored. */
export async function storeImported(report: Report, source: string): Promise<Report> {
  const stored = withHistory(report, `从${source}导入`);
  await putReport(stored);
  return stored;
}

/** 作为上年报告保存: stores the report, links the office's next year to it, and says what was done. */
export async function storeAsLastYear(
  report: Report,
  source: string,
  existingReports: readonly Report[],
): Promise<string> {
  const stored = withHistory(report, `从${source}导入，作为上年报告保存`);
  const { linked, kept } = linkLastYear(existingReports, stored, new Date());
  await putReport(stored);
  for (const r of linked) await putReport(r);
  const title = reportTitle(stored.meta.agencyName, stored.year);
  const parts = [`已保存“${title}”作为上年报告`];
  if (linked.length > 0) parts.push(`${stored.year + 1}年度报告的“上年结转”将按它核对（R5）`);
  else if (kept.length > 0) parts.push(`${stored.year + 1}年度报告已带有上年数字，没有改动`);
  else parts.push(`可在列表中对它点“新建下一年度报告”`);
  return parts.join('；');
}
