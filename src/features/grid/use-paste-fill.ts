// Filling many cells at once: a block pasted from Excel/WPS, and 未填单元格填 0. Each is one undo
// step and says in the status line what it did.
import type { ClipboardEvent } from 'react';
import type { TableLayout } from '../../template/layout-table';
import type { TableSpec } from '../../template/spec-types';
import { tableCells } from '../../template/table-cells';
import { dataMatrix } from './data-matrix';
import type { GridHistory } from './grid-history';
import { LOCKED_MESSAGE, type SetGridStatus } from './grid-status';
import type { CellChange } from './history-reducer';
import { mapPasteBlock } from './map-paste-block';
import { parseClipboard } from './parse-clipboard';
import { pasteMessage } from './paste-message';
import { cellInput, type CellEditing } from './use-cell-editing';
import type { CellValues } from './use-cell-values';

export function usePasteFill(options: {
  readonly table: TableSpec;
  readonly layout: TableLayout;
  readonly values: CellValues;
  readonly history: GridHistory;
  readonly editing: CellEditing;
  readonly setStatus: SetGridStatus;
  readonly onTouched: () => void;
  /** The table follows the ledger: nothing is written into it. */
  readonly locked: boolean;
  /**
   * Every table the clerk may fill by hand (those following the ledger left out), for a report
   * with nothing to count: one click fills them all instead of a visit to each table.
   */
  readonly allTables?: readonly TableSpec[] | undefined;
}): {
  readonly onPaste: (e: ClipboardEvent<HTMLTableElement>) => void;
  readonly fillZeros: () => void;
  readonly fillAllZeros: () => void;
} {
  const { table, layout, values, history, editing, setStatus } = options;

  const onPaste = (e: ClipboardEvent<HTMLTableElement>): void => {
    const input = cellInput(e.target);
    const a = editing.active.current;
    if (!input || !a) return;
    if (options.locked) {
      e.preventDefault();
      setStatus({ text: LOCKED_MESSAGE, tone: 'error' });
      return;
    }
    const text = e.clipboardData.getData('text/plain');
    // A single value pasted while editing goes into the text like any typing.
    if (a.editing && !/[\t\r\n]/.test(text.replace(/(\r?\n)+$/, ''))) return;
    e.preventDefault();
    editing.commit(input);
    const plan = mapPasteBlock(dataMatrix(layout), a.cellId, parseClipboard(text), values.read);
    setStatus({ text: pasteMessage(plan, table), tone: plan.refused || plan.misplaced ? 'error' : 'info' });
    const changes: CellChange[] = plan.writes.map((w) => ({
      cellId: w.cell.id,
      before: values.read(w.cell.id),
      after: w.value,
    }));
    for (const c of changes) values.write(c.cellId, c.after);
    history.record({ label: `粘贴 ${changes.length} 个单元格`, changes });
    const mine = changes.find((c) => c.cellId === a.cellId);
    if (mine) a.original = mine.after;
    input.select();
  };

  const blankZeros = (tables: readonly TableSpec[]): CellChange[] =>
    tables.flatMap((t) =>
      tableCells(t)
        .filter((c) => !c.computed && values.read(c.id).trim() === '')
        .map((c) => ({ cellId: c.id, before: values.read(c.id), after: '0' })),
    );

  /** Writes the zeros as one undo step; false when there was nothing to fill. */
  const writeZeros = (changes: CellChange[]): boolean => {
    if (changes.length === 0) return false;
    for (const c of changes) values.write(c.cellId, c.after);
    history.record({ label: `未填单元格填 0（${changes.length} 个）`, changes });
    options.onTouched();
    return true;
  };

  const fillZeros = (): void => {
    const changes = blankZeros([table]);
    setStatus({
      text: writeZeros(changes)
        ? `已在 ${changes.length} 个未填单元格填 0。如需撤回，请按 Ctrl+Z。`
        : '本表没有未填的单元格。',
      tone: 'info',
    });
  };

  const fillAllZeros = (): void => {
    const tables = options.allTables ?? [table];
    const changes = blankZeros(tables);
    setStatus({
      text: writeZeros(changes)
        ? `已在 ${tables.length} 张表格的 ${changes.length} 个未填单元格填 0。如需撤回，请按 Ctrl+Z。`
        : '各表格都没有未填的单元格。',
      tone: 'info',
    });
  };

  return { onPaste, fillZeros, fillAllZeros };
}
