import { FORMATS } from './formats';
import type { FormatSpec } from './spec-types';

/** The first year the unified format applies to (国办公开办函〔2019〕60号 covers the 2019 report). */
export const FIRST_YEAR = 2019;

export type FormatChoice =
  | { readonly ok: true; readonly format: FormatSpec; readonly reason: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Which official format a report of `year` follows: 2019–2020 → format 2019, 2021 on → format 2021.
 * `today` bounds the other end: a report can be started for at most next year.
 */
export function formatForYear(year: number, today: Date = new Date()): FormatChoice {
  const latest = today.getFullYear() + 1;
  if (!Number.isInteger(year)) return { ok: false, reason: '报告年度应为四位整数年份，如 2025' };
  if (year < FIRST_YEAR) {
    return {
      ok: false,
      reason: `${year} 年的年度报告早于统一格式：国办公开办函〔2019〕60号自 2019 年度报告起适用，本工具不支持更早的年度`,
    };
  }
  if (year > latest) {
    return { ok: false, reason: `报告年度不能晚于 ${latest} 年（报告写的是已经结束或即将结束的年度）` };
  }
  for (const format of Object.values(FORMATS)) {
    const [first, last] = format.years;
    if (year >= first && (last === undefined || year <= last)) {
      const range = last === undefined ? `${first} 年度起` : `${first}、${last} 年度`;
      return {
        ok: true,
        format,
        reason: `${year} 年度报告适用${format.notice}规定的格式（适用于${range}的报告）`,
      };
    }
  }
  return { ok: false, reason: `没有适用于 ${year} 年度的格式` };
}
