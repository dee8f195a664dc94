import type { FormatSpec, TreeTable } from './spec-types';

/** A tree table of the format by id; the ids the format itself declares always name one. */
export function treeTableOf(format: FormatSpec, tableId: string): TreeTable {
  const table = format.sections.find((s) => s.table?.id === tableId)?.table;
  if (table?.type !== 'tree') throw new Error(`${format.id} has no tree table ${tableId}`);
  return table;
}
