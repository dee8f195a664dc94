import type { FormatSpec } from '../../template/spec-types';
import { formatCells } from '../../template/table-cells';

/**
 * Completes the rows behind the input cells of a table with those behind its totals: a total's
 * rows are its parts' rows (the outcomes' total row sums the outcome rows; a 总计 column sums the
 * row's columns).
 */
export function rowsBehind(
  format: FormatSpec,
  tableId: string,
  inputs: ReadonlyMap<string, readonly string[]>,
  order: readonly string[],
): Readonly<Record<string, readonly string[]>> {
  const specs = formatCells(format);
  const rank = new Map(order.map((id, i) => [id, i]));
  const out: Record<string, readonly string[]> = {};
  const resolve = (cellId: string): readonly string[] => {
    const hit = out[cellId];
    if (hit) return hit;
    const spec = specs.get(cellId);
    const rows = spec?.computed
      ? [...new Set(spec.parts.flatMap(resolve))].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      : (inputs.get(cellId) ?? []);
    out[cellId] = rows;
    return rows;
  };
  for (const spec of specs.values()) if (spec.tableId === tableId) resolve(spec.id);
  return out;
}
