import { REPORT_TITLE_SUBJECT } from '../../template/report-title';

const SPACES = /[\s\u00a0\u3000]+/g;

/**
 * 机关名称 and 年度 from a report's title: `樟树市阁山镇2021年政府信息公开工作年度报告`,
 * `平潭综合实验区2024年度政府信息公开工作年度报告`, `关于潘庄镇 2021 年政府信息公开工作报告`. Undefined
 * when the text is not such a title.
 */
export function readTitle(text: string): { readonly agencyName: string; readonly year: number } | undefined {
  const s = text.normalize('NFKC').replace(SPACES, '');
  if (s.length > 80) return undefined;
  const m = /^(.*?)(\d{4})年度?(.*)$/.exec(s);
  if (!m) return undefined;
  const [, agency = '', yearText = '', rest = ''] = m;
  const subject = REPORT_TITLE_SUBJECT.slice(0, REPORT_TITLE_SUBJECT.indexOf('工作'));
  if (!rest.startsWith(subject) || !/报告(\([^)]*\))?$/.test(rest)) return undefined;
  const year = Number(yearText);
  if (year < 2000 || year > 2100) return undefined;
  const agencyName = agency.replace(/^关于/, '');
  // An office's name: words, digits and brackets, not a line of a page's navigation.
  if (!/^[\p{Script=Han}A-Za-z0-9()·]*$/u.test(agencyName)) return undefined;
  return { agencyName, year };
}

/** Words that lead into an office's name inside a sentence: `现就千户镇2021年…`. */
const LEAD_IN = /^.*?(现就|现将|特将|现对|关于|本报告是|根据|按照)/;

/**
 * 机关名称 and 年度 where the text names the report in a sentence (`现就千户镇2021年政府信息公开工作
 * 报告如下`), for a report printed without its title.
 */
export function readTitleInText(
  text: string,
): { readonly agencyName: string; readonly year: number } | undefined {
  const subject = REPORT_TITLE_SUBJECT.slice(0, REPORT_TITLE_SUBJECT.indexOf('工作'));
  const re = new RegExp(`(\\p{Script=Han}{2,30})(\\d{4})\\s*年度?${subject}`, 'u');
  const m = re.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const agencyName = (m[1] ?? '').replace(LEAD_IN, '');
  const year = Number(m[2]);
  return agencyName.length >= 2 && year >= 2000 && year <= 2100 ? { agencyName, year } : undefined;
}
