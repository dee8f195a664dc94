import { checkSums } from '../../template/rules/check-sums';
import type { Finding } from '../../template/rules/finding';
import { resolveValues } from '../../template/rules/resolve-values';
import type { FormatSpec } from '../../template/spec-types';
import type { ImportedCell } from './imported-report';

/**
 * The totals a source printed (the 总计 column and row of table 三, the totals of table 四) against the
 * sum of the figures it printed beside them. The stored report computes its totals and cannot
 * disagree; the printed ones can, and a disagreement is a finding on the import (R1, R2, R4).
 */
export function checkPrintedTotals(
  format: FormatSpec,
  cells: Readonly<Record<string, ImportedCell>>,
): Finding[] {
  const texts: Record<string, string> = {};
  for (const [id, cell] of Object.entries(cells)) if (cell.state === 'read') texts[id] = cell.text;
  return checkSums(format, resolveValues(format, texts)).map((f) => ({
    ...f,
    key: `printed:${f.key}`,
    message: `原表印的合计与各项之和不符：${f.message}`,
  }));
}
