import type { Report } from '../../report/report-schema';
import type { ReportContent } from '../../template/rules/finding';

function defined(record: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The report as the rules read it. The zod schema types cells and narratives as optional strings;
 * the rules want plain strings, and an absent one is simply left out (it reads as empty).
 */
export function reportContent(report: Report): ReportContent {
  return { ...report, cells: defined(report.cells), narratives: defined(report.narratives) };
}
