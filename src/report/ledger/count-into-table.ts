import type { FormatSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';
import type { LedgerCount, LedgerIssue } from './ledger-count';
import { rowsBehind } from './rows-behind';

/**
 * Counts ledger rows into a table: `place` gives the input cells a row counts in, or why it is not
 * counted. Every input cell of the table gets a figure (`0` where no row counts).
 */
export function countIntoTable<R extends { readonly id: string }>(
  format: FormatSpec,
  tableId: string,
  rows: readonly R[],
  place: (row: R) => { readonly cells: readonly string[] } | { readonly issue: string },
): LedgerCount {
  const behind = new Map<string, string[]>();
  for (const spec of formatCells(format).values()) {
    if (spec.tableId === tableId && !spec.computed) behind.set(spec.id, []);
  }
  const issues: LedgerIssue[] = [];
  let counted = 0;
  rows.forEach((row, i) => {
    const placed = place(row);
    const cells = 'cells' in placed ? placed.cells.map((id) => behind.get(id)) : [];
    if ('issue' in placed || cells.some((c) => c === undefined)) {
      const message = 'issue' in placed ? placed.issue : '不在本年度报告的表格中，请重新选择';
      issues.push({ id: row.id, position: i + 1, message });
      return;
    }
    for (const cell of cells) cell?.push(row.id);
    counted++;
  });
  return {
    cells: Object.fromEntries([...behind].map(([id, ids]) => [id, String(ids.length)])),
    rowsBehind: rowsBehind(
      format,
      tableId,
      behind,
      rows.map((r) => r.id),
    ),
    issues,
    counted,
  };
}
