import { formatNumber } from '../format-number';
import type { BalanceRule, FormatSpec } from '../spec-types';
import { cellId, formatCells, formatTables, tableCells } from '../table-cells';
import type { Finding } from './finding';
import type { ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

/**
 * R3, the rule printed in table 三's corner: 一 + 二 = 三（七）总计 + 四, in every column.
 * A column with an empty or invalid cell is left to the completeness and R6 findings.
 *
 * One slip gives one finding: a column that sums others (总计) is unbalanced whenever one of its
 * columns is, so it is reported only when the columns it sums do not account for its difference
 * (a 总计 stated, as in an imported table, apart from its columns).
 */
export function checkBalance(
  format: FormatSpec,
  rule: BalanceRule,
  values: ReadonlyMap<string, ResolvedValue>,
): Finding[] {
  const table = formatTables(format).find((t) => t.id === rule.tableId);
  if (!table) return [];
  const specs = formatCells(format);
  const colIds = [...new Set(tableCells(table).map((c) => c.colId))];
  type Side = { readonly ids: readonly string[]; readonly total: number; readonly text: string };
  const sides = new Map<string, { readonly left: Side; readonly right: Side }>();
  for (const colId of colIds) {
    const side = (rows: readonly string[]) => {
      const ids = rows.map((r) => cellId(table.id, r, colId));
      const vals = ids.map((id) => values.get(id));
      if (vals.some((v) => v?.status !== 'ok' || v.partial)) return null;
      const nums = vals.map((v) => (v?.status === 'ok' ? v.value : 0));
      const terms = ids.map((id, i) => `${specs.get(id)?.rowShort ?? id}（${formatNumber(nums[i] ?? 0)}）`);
      return { ids, total: nums.reduce((a, b) => a + b, 0), text: terms.join('＋') };
    };
    const left = side(rule.left);
    const right = side(rule.right);
    if (left && right) sides.set(colId, { left, right });
  }
  const difference = (colId: string): number | undefined => {
    const s = sides.get(colId);
    return s ? s.left.total - s.right.total : undefined;
  };
  /** The columns a sum column adds up, read from its cell in the rule's first row. */
  const summedColumns = (colId: string): readonly string[] => {
    const first = specs.get(cellId(table.id, rule.left[0] ?? '', colId));
    if (!first?.computed || first.parts.length === 0) return [];
    const parts = first.parts.map((id) => specs.get(id));
    return parts.every((p) => p?.rowId === first.rowId) ? parts.map((p) => p?.colId ?? '') : [];
  };
  const findings: Finding[] = [];
  for (const [colId, { left, right }] of sides) {
    const diff = left.total - right.total;
    if (diff === 0) continue;
    const summed = summedColumns(colId);
    const diffs = summed.map(difference);
    const explained =
      summed.length > 0 &&
      diffs.every((d) => d !== undefined) &&
      diffs.some((d) => d !== 0) &&
      diffs.reduce<number>((a, d) => a + (d ?? 0), 0) === diff;
    if (explained) continue;
    const colName = specs.get(cellId(table.id, rule.left[0] ?? '', colId))?.colShort ?? colId;
    findings.push({
      key: `${rule.id}:${colId}`,
      ruleId: rule.id,
      severity: 'error',
      sectionId: sectionOfTable(format, table.id),
      cells: [...left.ids, ...right.ids],
      message: `${colName}列：${left.text}＝${formatNumber(left.total)}，应等于${right.text}＝${formatNumber(right.total)}`,
    });
  }
  return findings;
}
