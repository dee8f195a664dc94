import { formatNumber } from '../format-number';
import type { FormatSpec } from '../spec-types';
import { formatCells } from '../table-cells';
import type { Finding } from './finding';
import { sumOf, type ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

/**
 * R1 (总计 column of table 三), R2 (（七）总计 row) and R4 (the totals of table 四): a total written
 * in the report must equal the sum of its parts. In the editor totals are computed and cannot
 * disagree; a transcribed or imported table can, and is checked here.
 */
export function checkSums(format: FormatSpec, values: ReadonlyMap<string, ResolvedValue>): Finding[] {
  const findings: Finding[] = [];
  const specs = formatCells(format);
  for (const cell of specs.values()) {
    if (!cell.computed || !cell.sumRule) continue;
    const stated = values.get(cell.id);
    if (stated?.status !== 'ok' || !stated.stated) continue;
    const parts = cell.parts.map((id) => values.get(id) ?? ({ status: 'empty' } as const));
    const sum = sumOf(parts);
    if (sum.status !== 'ok' || sum.partial || sum.value === stated.value) continue;
    const partSpecs = cell.parts.map((id) => specs.get(id));
    const byColumn = cell.parts.every((id) => specs.get(id)?.rowId === cell.rowId);
    const terms = partSpecs
      .map((p, i) => {
        const v = parts[i];
        if (!p || v?.status !== 'ok') return null;
        // Long sums (R2 over twenty rows) list only the rows that hold something.
        if (!byColumn && cell.parts.length > 6 && v.value === 0) return null;
        return `${byColumn ? (p.colPath[p.colPath.length - 1] ?? p.colShort) : p.rowShort}（${formatNumber(v.value)}）`;
      })
      .filter((t): t is string => t !== null);
    // Table 四 has no row label: name the group (行政复议, 复议后起诉 …) instead.
    const group = cell.colPath.length > 1 ? cell.colPath[cell.colPath.length - 2] : undefined;
    const where = !byColumn
      ? `${cell.colShort}列`
      : cell.rowShort !== ''
        ? `${cell.rowShort} 行`
        : (group ?? '');
    const what = byColumn ? '总计' : cell.rowShort;
    findings.push({
      key: `${cell.sumRule}:${cell.id}`,
      ruleId: cell.sumRule,
      severity: 'error',
      sectionId: sectionOfTable(format, cell.tableId),
      cells: [cell.id, ...cell.parts],
      message: `${where}：${what}（${formatNumber(stated.value)}）应等于${terms.length > 0 ? terms.join('＋') : '各项'}＝${formatNumber(sum.value)}`,
    });
  }
  return findings;
}
