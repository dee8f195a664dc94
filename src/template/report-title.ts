/** What every report's title ends with, after its 机关名称 and 年度. */
export const REPORT_TITLE_SUBJECT = '政府信息公开工作年度报告';

/** The title every report carries: `{机关名称}{年度}年政府信息公开工作年度报告`. */
export function reportTitle(agencyName: string, year: number): string {
  return `${agencyName.trim()}${year}年${REPORT_TITLE_SUBJECT}`;
}

/** Characters of 2号 (22 pt ≈ 7.76 mm) a 156 mm line holds (GB/T 9704: 版心 156 mm). */
const TITLE_CHARS_PER_LINE = 20;

/**
 * The title as printed lines. GB/T 9704-2012 7.3.3: a title that does not fit one line breaks where
 * the words stay whole and the lines look balanced, so a long title breaks after `{年度}年`, never
 * inside a word (as `…工作年` / `度报告`).
 */
export function reportTitleLines(agencyName: string, year: number): readonly string[] {
  const title = reportTitle(agencyName, year);
  if (title.length <= TITLE_CHARS_PER_LINE) return [title];
  const head = `${agencyName.trim()}${year}年`;
  return [head, title.slice(head.length)];
}
