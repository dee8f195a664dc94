// Excel's keyboard model for one grid: navigate and edit modes, arrows/Enter/Tab, F2, Esc, Delete,
// Ctrl+Z/Ctrl+Y. The handlers sit once on the <table> (event delegation), so the cells stay small
// memoised leaves; the cell being worked on is a ref, so moving between cells re-renders nothing.
import type { FocusEvent, KeyboardEvent, MouseEvent, RefObject } from 'react';
import { useRef } from 'react';
import type { TableLayout } from '../../template/layout-table';
import { normalizeFigure } from '../../template/normalize-figure';
import type { TableSpec } from '../../template/spec-types';
import { tableCells } from '../../template/table-cells';
import { cellDomId } from '../../ui/dom-ids';
import type { GridHistory } from './grid-history';
import { LOCKED_MESSAGE, type SetGridStatus } from './grid-status';
import { valuesToApply, type HistoryEntry } from './history-reducer';
import { nextCell, type Move } from './next-cell';
import { cellPlace } from './paste-message';
import { revealBesideLabels } from './reveal-beside-labels';
import type { CellValues } from './use-cell-values';

/** The cell being worked on: its text when focus arrived (what Esc restores) and the mode. */
export interface ActiveCell {
  readonly cellId: string;
  original: string;
  /** Excel's two modes: navigate (keys move, typing replaces) and edit (keys move the caret). */
  editing: boolean;
}

export interface CellEditing {
  readonly active: RefObject<ActiveCell | null>;
  /** Ends an edit: the figure is normalised (全角, 千分位, spaces) and recorded for undo. */
  commit(input: HTMLInputElement): void;
  /** For the <table>. */
  readonly tableHandlers: {
    readonly onFocus: (e: FocusEvent<HTMLTableElement>) => void;
    readonly onBlur: (e: FocusEvent<HTMLTableElement>) => void;
    readonly onInput: (e: { readonly target: EventTarget }) => void;
    readonly onMouseDown: (e: MouseEvent<HTMLTableElement>) => void;
  };
  /** On the whole grid (cells and the fill button), so Ctrl+Z works right after a fill too. */
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

export function cellInput(target: EventTarget): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.dataset.cellId ? target : null;
}

function setMode(input: HTMLInputElement, mode: 'navigate' | 'edit'): void {
  input.dataset.mode = mode;
}

function focusCell(id: string): void {
  document.getElementById(cellDomId(id))?.focus();
}

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function useCellEditing(options: {
  readonly table: TableSpec;
  readonly layout: TableLayout;
  readonly values: CellValues;
  readonly history: GridHistory;
  readonly setStatus: SetGridStatus;
  /** Called when the first cell takes the focus: blank cells are tinted from then on. */
  readonly onTouched: () => void;
  /** The table follows the ledger: undo and redo must not write figures into it. */
  readonly locked: boolean;
  readonly scroller: RefObject<HTMLElement | null>;
  /** Width of the sticky label columns (rem). */
  readonly labelRem: number;
}): CellEditing {
  const { table, layout, values, history, setStatus } = options;
  const active = useRef<ActiveCell | null>(null);

  const specOf = (id: string) => tableCells(table).find((c) => c.id === id);

  const commit = (input: HTMLInputElement): void => {
    const a = active.current;
    if (!a || a.cellId !== input.dataset.cellId) return;
    a.editing = false;
    setMode(input, 'navigate');
    const spec = specOf(a.cellId);
    if (!spec || spec.computed || input.readOnly) return;
    const raw = input.value;
    const value = normalizeFigure(raw);
    if (value !== raw) values.write(a.cellId, value);
    history.record({
      label: `修改“${cellPlace(spec, table)}”`,
      changes: [{ cellId: a.cellId, before: a.original, after: value }],
    });
    a.original = value;
  };

  const cancel = (input: HTMLInputElement): void => {
    const a = active.current;
    if (!a) return;
    input.value = a.original;
    values.write(a.cellId, a.original);
    a.editing = false;
    setMode(input, 'navigate');
    input.select();
  };

  const go = (input: HTMLInputElement, move: Move): void => {
    const to = nextCell(layout, input.dataset.cellId ?? '', move);
    if (to) focusCell(to);
    else input.select();
  };

  /** Writes an undo/redo entry back; the focused cell's Esc value follows. */
  const apply = (entry: HistoryEntry, direction: 'undo' | 'redo'): void => {
    const changed = valuesToApply(entry, direction);
    for (const [id, value] of changed) values.write(id, value);
    const a = active.current;
    const mine = changed.find(([id]) => id === a?.cellId);
    if (a && mine) {
      a.original = mine[1];
      a.editing = false;
    }
    const first = changed[0]?.[0];
    const focused = document.activeElement;
    if (first && !mine) focusCell(first);
    else if (focused instanceof HTMLInputElement) focused.select();
    setStatus({ text: `已${direction === 'undo' ? '撤销' : '恢复'}：${entry.label}。`, tone: 'info' });
  };

  const undo = (): void => {
    if (options.locked) {
      setStatus({ text: LOCKED_MESSAGE, tone: 'error' });
      return;
    }
    const entry = history.undo();
    if (entry) apply(entry, 'undo');
    else setStatus({ text: '没有可以撤销的操作。', tone: 'info' });
  };

  const redo = (): void => {
    if (options.locked) {
      setStatus({ text: LOCKED_MESSAGE, tone: 'error' });
      return;
    }
    const entry = history.redo();
    if (entry) apply(entry, 'redo');
    else setStatus({ text: '没有可以恢复的操作。', tone: 'info' });
  };

  const onFocus = (e: FocusEvent<HTMLTableElement>): void => {
    const input = cellInput(e.target);
    if (!input) return;
    active.current = { cellId: input.dataset.cellId ?? '', original: input.value, editing: false };
    setMode(input, 'navigate');
    input.select();
    if (options.scroller.current) revealBesideLabels(options.scroller.current, input, options.labelRem);
    options.onTouched();
  };

  const onBlur = (e: FocusEvent<HTMLTableElement>): void => {
    const input = cellInput(e.target);
    if (input) commit(input);
  };

  const onInput = (e: { readonly target: EventTarget }): void => {
    const input = cellInput(e.target);
    const a = active.current;
    if (input && a && a.cellId === input.dataset.cellId && !a.editing) {
      a.editing = true;
      setMode(input, 'edit');
    }
  };

  /** A click on a cell selects it (navigate mode); a second click or a double click edits it. */
  const onMouseDown = (e: MouseEvent<HTMLTableElement>): void => {
    const input = cellInput(e.target);
    if (!input) return;
    if (document.activeElement !== input) {
      e.preventDefault();
      input.focus();
    } else if (active.current && !input.readOnly) {
      active.current.editing = true;
      setMode(input, 'edit');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    const input = cellInput(e.target);
    const a = active.current;
    const inCell = !!input && !!a && a.cellId === input.dataset.cellId;
    if ((e.ctrlKey || e.metaKey) && !e.altKey) {
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        // Excel: while a cell is being edited, Ctrl+Z first takes back that edit.
        if (inCell && a.editing && input.value !== a.original) cancel(input);
        else undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        if (inCell) commit(input);
        redo();
      }
      return;
    }
    // Keys that confirm a Chinese input method's candidate belong to the input method.
    if (!inCell || e.nativeEvent.isComposing) return;
    const arrow = ARROWS[e.key];
    if (arrow) {
      if ((arrow === 'left' || arrow === 'right') && a.editing) {
        const end = input.value.length;
        const atEdge =
          input.selectionStart === input.selectionEnd &&
          input.selectionStart === (arrow === 'left' ? 0 : end);
        if (!atEdge) return;
      }
      e.preventDefault();
      commit(input);
      go(input, arrow);
      return;
    }
    switch (e.key) {
      case 'Enter':
        e.preventDefault();
        commit(input);
        go(input, e.shiftKey ? 'up' : 'down');
        return;
      case 'Tab': {
        commit(input);
        const to = nextCell(layout, a.cellId, e.shiftKey ? 'previous' : 'next');
        // After the last cell Tab leaves the table as usual: the keyboard is never trapped.
        if (to) {
          e.preventDefault();
          focusCell(to);
        }
        return;
      }
      case 'F2':
        e.preventDefault();
        if (!input.readOnly) {
          a.editing = true;
          setMode(input, 'edit');
          input.setSelectionRange(input.value.length, input.value.length);
        }
        return;
      case 'Escape':
        if (a.editing || input.value !== a.original) {
          e.preventDefault();
          cancel(input);
        }
        return;
      case 'Delete':
        if (!a.editing && !input.readOnly && input.value !== '') {
          e.preventDefault();
          input.value = '';
          values.write(a.cellId, '');
          commit(input);
          input.select();
        }
        return;
    }
  };

  return { active, commit, tableHandlers: { onFocus, onBlur, onInput, onMouseDown }, onKeyDown };
}
