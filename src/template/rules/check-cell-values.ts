import type { FormatSpec } from '../spec-types';
import { formatCells, formatTables, tableCells } from '../table-cells';
import type { Finding } from './finding';
import type { ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

/**
 * R6 (every cell holds a value of its kind) and completeness: an empty cell is 未填, never a
 * silent 0. Empty cells are reported once per table, listing them all, so a new report shows
 * one finding per table rather than two hundred.
 */
export function checkCellValues(format: FormatSpec, values: ReadonlyMap<string, ResolvedValue>): Finding[] {
  const findings: Finding[] = [];
  const specs = formatCells(format);
  for (const table of formatTables(format)) {
    const sectionId = sectionOfTable(format, table.id);
    const blanks: string[] = [];
    for (const cell of tableCells(table)) {
      const v = values.get(cell.id);
      if (!v) continue;
      if (v.status === 'invalid') {
        findings.push({
          key: `R6:${cell.id}`,
          ruleId: 'R6',
          severity: 'error',
          sectionId,
          cells: [cell.id],
          message: `${[...cell.rowPath, ...cell.colPath].join(' / ')}：${v.message}`,
        });
      } else if (v.status === 'empty' && !cell.computed) {
        blanks.push(cell.id);
      }
    }
    if (blanks.length > 0) {
      const first = specs.get(blanks[0] ?? '');
      const where = first ? `，第一个是“${[...first.rowPath, ...first.colPath].join(' / ')}”` : '';
      findings.push({
        key: `blank:${table.id}`,
        ruleId: 'blank',
        severity: 'error',
        sectionId,
        cells: blanks,
        message: `有 ${blanks.length} 个单元格未填${where}。空白不等于 0：没有发生的请填 0`,
      });
    }
  }
  return findings;
}
