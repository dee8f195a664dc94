import type { FormatSpec } from '../spec-types';
import type { Finding, LastYear, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';

// A box this short (“无。”, “本年度没有其他需要报告的事项。”) may well be the same every year.
const MIN_CHARS = 30;

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** A narrative box word for word as last year's report: the year's work is not reported. */
export function checkSameAsLastYear(
  format: FormatSpec,
  report: ReportContent,
  lastYear: LastYear | undefined,
): Finding[] {
  const last = lastYear?.narratives;
  if (!last || lastYear.year !== report.year - 1) return [];
  return narrativePlaces(format, report.narratives).flatMap((p) => {
    const now = squeeze(p.text);
    if (now.length < MIN_CHARS || now !== squeeze(last[p.field] ?? '')) return [];
    return [
      {
        key: `W-same-text:${p.field}`,
        ruleId: 'W-same-text',
        severity: 'warning' as const,
        sectionId: p.sectionId,
        cells: [],
        field: p.field,
        message: `${p.label}与${lastYear.year}年度报告的文字完全相同，请按本年度的情况改写`,
      },
    ];
  });
}
