import { formatNumber } from '../format-number';
import { getFormat } from '../formats';
import type { FormatSpec } from '../spec-types';
import { cellId, formatCells } from '../table-cells';
import type { Finding, LastYear } from './finding';
import type { ResolvedValue } from './resolve-values';
import { resolveValues } from './resolve-values';
import { sectionOfTable } from './section-of-table';

/**
 * R5: this year's `二、上年结转…` equals last year's `四、结转下年度继续办理`, column by column.
 * Table 三's columns are the same in both formats, so a 2020 report (format 2019) carries into a
 * 2021 report (format 2021) as well.
 */
export function checkCarryOver(
  format: FormatSpec,
  year: number,
  values: ReadonlyMap<string, ResolvedValue>,
  lastYear: LastYear | undefined,
): Finding[] {
  if (!lastYear || lastYear.year !== year - 1) return [];
  const lastFormat = getFormat(lastYear.formatId);
  const lastValues = resolveValues(lastFormat, lastYear.cells);
  const { tableId, fromRow, toRow } = format.carryOver;
  const specs = formatCells(format);
  const lastSpecs = formatCells(lastFormat);
  const findings: Finding[] = [];
  for (const cell of specs.values()) {
    if (cell.tableId !== tableId || cell.rowId !== toRow || cell.computed) continue;
    const mine = values.get(cell.id);
    const fromId = cellId(lastFormat.carryOver.tableId, lastFormat.carryOver.fromRow, cell.colId);
    const theirs = lastValues.get(fromId);
    if (mine?.status !== 'ok' || theirs?.status !== 'ok' || mine.value === theirs.value) continue;
    const fromLabel = lastSpecs.get(fromId)?.rowPath.join(' / ') ?? fromRow;
    findings.push({
      key: `R5:${cell.id}`,
      ruleId: 'R5',
      severity: 'error',
      sectionId: sectionOfTable(format, tableId),
      cells: [cell.id],
      message: `${cell.colShort}列：${cell.rowPath.join(' / ')}（${formatNumber(mine.value)}）应等于${lastYear.year}年度报告的“${fromLabel}”（${formatNumber(theirs.value)}）`,
    });
  }
  return findings;
}
