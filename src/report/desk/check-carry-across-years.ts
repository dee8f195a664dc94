import { getFormat } from '../../template/formats';
import { checkCarryOver } from '../../template/rules/check-carry-over';
import type { LastYear } from '../../template/rules/finding';
import { resolveValues } from '../../template/rules/resolve-values';
import { sectionOfTable } from '../../template/rules/section-of-table';
import { cellId, formatCells } from '../../template/table-cells';
import type { DeskEntry } from './desk-entry';
import type { DeskFinding, DeskPlace, OfficeRef } from './desk-finding';
import { lastYearEntries } from './last-year-entries';
import { officeOfEntry } from './desk-offices';

/**
 * R5 between an office's consecutive years: this year's row 二 (上年结转) of table 三 equals last
 * year's row 四 (结转下年度), column by column, by the editor's own rule (so a 2020 report in format
 * 2019 carries into a 2021 report in format 2021). When the desk holds no report of the year before,
 * the table 三 figures a draft carries from its last year (新建下一年度报告) stand in for it.
 */
export function checkCarryAcrossYears(
  kept: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
  offices: readonly OfficeRef[],
): DeskFinding[] {
  const lastOf = lastYearEntries(kept, officeOf);
  const findings: DeskFinding[] = [];
  for (const entry of kept) {
    const { report } = entry;
    const last = lastOf.get(entry.id);
    const lastYear: LastYear | undefined = last
      ? { year: last.report.year, formatId: last.report.formatId, cells: last.report.cells }
      : report.lastYear;
    if (!lastYear) continue;
    const format = getFormat(report.formatId);
    const lastFormat = getFormat(lastYear.formatId);
    const office = officeOfEntry(entry, officeOf, offices);
    const officeId = office.id;
    const specs = formatCells(format);
    for (const f of checkCarryOver(format, report.year, resolveValues(format, report.cells), lastYear)) {
      const mine: DeskPlace = {
        entryId: entry.id,
        officeId,
        year: report.year,
        sectionId: f.sectionId,
        cells: f.cells,
      };
      const colId = specs.get(f.cells[0] ?? '')?.colId ?? '';
      const { tableId, fromRow } = lastFormat.carryOver;
      const theirs: DeskPlace[] = last
        ? [
            {
              entryId: last.id,
              officeId,
              year: last.report.year,
              sectionId: sectionOfTable(lastFormat, tableId),
              cells: [cellId(tableId, fromRow, colId)],
            },
          ]
        : [];
      findings.push({
        key: `${f.key}:${entry.id}`,
        ruleId: f.ruleId,
        severity: f.severity,
        offices: [office],
        places: [mine, ...theirs],
        message: last ? f.message : `${f.message}（据本报告保存的上年数字）`,
      });
    }
  }
  return findings;
}
