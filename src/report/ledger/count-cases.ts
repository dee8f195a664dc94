import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { FormatSpec } from '../../template/spec-types';
import { countIntoTable } from './count-into-table';
import type { LedgerCount } from './ledger-count';
import type { LedgerCase } from './ledger-schema';

/**
 * Table 四 counted from the case list: each case in the cell of its kind and result, the 总计 of
 * each kind computed by the template (R4). Cases without a kind or a result are listed, not counted.
 */
export function countCases(format: FormatSpec, cases: readonly LedgerCase[]): LedgerCount {
  const { types, results, cellOf } = caseVocabulary(format);
  return countIntoTable(format, format.ledger.casesTableId, cases, (c) => {
    if (c.type === '') return { issue: '没有选择案件类型' };
    if (c.result === '') return { issue: '没有选择结果' };
    if (!types.choices.some((t) => t.id === c.type) || !results.choices.some((r) => r.id === c.result))
      return { issue: '案件类型或结果不在本年度报告的表格中，请重新选择' };
    return { cells: [cellOf(c.type, c.result)] };
  });
}
