import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { FormatSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';
import type { LedgerCount, LedgerIssue } from './ledger-count';
import type { LedgerCase } from './ledger-schema';
import { rowsBehind } from './rows-behind';

/**
 * Table 四 counted from the case list: each case in the cell of its kind and result, the 总计 of
 * each kind computed by the template (R4). Cases without a kind or a result are listed, not counted.
 */
export function countCases(format: FormatSpec, cases: readonly LedgerCase[]): LedgerCount {
  const { types, results, cellOf } = caseVocabulary(format);
  const tableId = format.ledger.casesTableId;
  const behind = new Map<string, string[]>();
  for (const spec of formatCells(format).values()) {
    if (spec.tableId === tableId && !spec.computed) behind.set(spec.id, []);
  }
  const issues: LedgerIssue[] = [];
  let counted = 0;
  cases.forEach((c, i) => {
    const issue =
      c.type === ''
        ? '没有选择案件类型'
        : c.result === ''
          ? '没有选择结果'
          : !types.choices.some((t) => t.id === c.type) || !results.choices.some((r) => r.id === c.result)
            ? '案件类型或结果不在本年度报告的表格中，请重新选择'
            : undefined;
    const cell = behind.get(cellOf(c.type, c.result));
    if (issue !== undefined || !cell) {
      issues.push({ id: c.id, position: i + 1, message: issue ?? '案件类型或结果不在本年度报告的表格中' });
      return;
    }
    cell.push(c.id);
    counted++;
  });
  const cells = Object.fromEntries([...behind].map(([id, rows]) => [id, String(rows.length)]));
  return {
    cells,
    rowsBehind: rowsBehind(
      format,
      tableId,
      behind,
      cases.map((c) => c.id),
    ),
    issues,
    counted,
  };
}
