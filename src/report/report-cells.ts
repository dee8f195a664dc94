// The schema types a report's cells per format (an object with exactly that format's input cell
// ids), so that a report can only hold what its format prints. Code that reads cells by ids taken
// from the template, the same way for both formats, reads them through here instead of casting.
// Writing needs no accessor: `{ ...report, cells }` type-checks, and the schema refuses an id the
// format does not have wherever a report is stored or read.
import type { Report } from './report-schema';

/** Cell text by cell id; a cell never typed in is absent. */
export type CellValues = Readonly<Record<string, string | undefined>>;

export function reportCells(report: Pick<Report, 'cells'>): CellValues {
  return report.cells;
}
