// One official table as the clerk fills it: the printed layout (same merges and row hierarchy as
// the report, from layoutTable), with spreadsheet keys, paste from Excel/WPS, undo/redo and the
// live checks marked on the cells. Keys, paste and focus are handled once on the <table> (event
// delegation), so the cells stay small memoised leaves.
import {
  memo,
  type CSSProperties,
  useState,
  useRef,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormatSpec, TableSpec } from '../../template/spec-types';
import { layoutTable, type GridCell, type TableLayout } from '../../template/layout-table';
import { normalizeFigure } from '../../template/normalize-figure';
import { cellLabel, tableCells } from '../../template/table-cells';
import { cellDomId } from '../../ui/dom-ids';
import { dataMatrix } from './data-matrix';
import { ComputedCell, InputCell, type CellForm } from './grid-cells';
import { useGridHistory } from './grid-history';
import { valuesToApply, type CellChange, type HistoryEntry } from './history-reducer';
import { mapPasteBlock } from './map-paste-block';
import { nextCell, type Move } from './next-cell';
import { parseClipboard } from './parse-clipboard';
import { cellPlace, pasteMessage } from './paste-message';

/** The cell being worked on: its text when focus arrived (what Esc restores) and the mode. */
interface Active {
  readonly cellId: string;
  original: string;
  /** Excel's two modes: navigate (keys move, typing replaces) and edit (keys move the caret). */
  editing: boolean;
}

interface Status {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

const TH = 'border border-slate-300 bg-slate-50 px-2 py-1.5 text-xs font-medium text-slate-700';

/** Label columns keep a fixed width (rem) so they can stay in view while the figures scroll. */
function labelWidth(col: number, labelColumns: number): number {
  return col === labelColumns - 1 ? 9 : 6;
}

/**
 * Row labels (and the corner over them) stick to the left edge: on a 1366×768 screen table 三
 * scrolls sideways to its 总计 column, and a figure without its row label cannot be checked.
 */
function stickyStyle(g: GridCell, labelColumns: number): CSSProperties | undefined {
  if (g.col >= labelColumns || g.kind === 'item') return undefined;
  let left = 0;
  for (let c = 0; c < g.col; c++) left += labelWidth(c, labelColumns);
  let width = 0;
  for (let c = g.col; c < Math.min(g.col + g.colSpan, labelColumns); c++)
    width += labelWidth(c, labelColumns);
  // A collapsed border is not painted by a sticky cell, so figures scrolling under it would show
  // through its left edge: a shadow in the border colour covers it; the last label column draws
  // a darker line over the figures.
  const edge = g.col + g.colSpan === labelColumns ? ', inset -1px 0 0 0 #94a3b8' : '';
  return {
    position: 'sticky',
    left: `${left}rem`,
    width: `${width}rem`,
    minWidth: `${width}rem`,
    zIndex: 10,
    boxShadow: `inset 1px 0 0 0 #cbd5e1, -2px 0 0 0 #f8fafc${edge}`,
  };
}

/** Width of all label columns (rem): the part of the scroller the sticky labels cover. */
function labelsWidth(labelColumns: number): number {
  let width = 0;
  for (let c = 0; c < labelColumns; c++) width += labelWidth(c, labelColumns);
  return width;
}

/** Scrolls a focused cell out from under the sticky labels (focus() only scrolls it into the box). */
function revealBesideLabels(scroller: HTMLElement, input: HTMLElement, labelRem: number): void {
  if (labelRem === 0) return;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const labelsRight = scroller.getBoundingClientRect().left + labelRem * rem;
  const cellLeft = input.getBoundingClientRect().left;
  if (cellLeft < labelsRight) scroller.scrollLeft -= labelsRight - cellLeft;
}

function HeaderCell({ g, labelColumns }: { readonly g: GridCell; readonly labelColumns: number }) {
  const style = stickyStyle(g, labelColumns);
  switch (g.kind) {
    case 'corner':
      return (
        <td
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} font-normal text-slate-500`}
        >
          {g.text}
        </td>
      );
    case 'item':
      return (
        <th
          scope="colgroup"
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          className={`${TH} bg-slate-100 text-left text-sm font-semibold text-slate-800`}
        >
          {g.text}
        </th>
      );
    case 'row-label':
      return (
        <th
          scope={g.rowSpan > 1 ? 'rowgroup' : 'row'}
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} text-left font-normal text-slate-800`}
        >
          {g.text}
        </th>
      );
    default:
      return (
        <th
          scope={g.colSpan > 1 ? 'colgroup' : 'col'}
          rowSpan={g.rowSpan}
          colSpan={g.colSpan}
          style={style}
          className={`${TH} text-center`}
        >
          {g.text}
        </th>
      );
  }
}

const GridRow = memo(function GridRow({
  cells,
  labelColumns,
}: {
  readonly cells: readonly GridCell[];
  readonly labelColumns: number;
}) {
  return (
    <tr>
      {cells.map((g) => {
        if (g.kind !== 'data' || !g.cell) return <HeaderCell key={g.col} g={g} labelColumns={labelColumns} />;
        const props = { cell: g.cell, label: cellLabel(g.cell), rowSpan: g.rowSpan, colSpan: g.colSpan };
        return g.cell.computed ? (
          <ComputedCell key={g.col} {...props} />
        ) : (
          <InputCell key={g.col} {...props} />
        );
      })}
    </tr>
  );
});

/** The rows, memoised: a status message or the blank tint changes the grid, never the rows. */
const GridBody = memo(function GridBody({ layout }: { readonly layout: TableLayout }) {
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  return (
    <>
      {head.length > 0 && (
        <thead>
          {head.map((cells, r) => (
            <GridRow key={r} cells={cells} labelColumns={layout.labelColumns} />
          ))}
        </thead>
      )}
      <tbody>
        {body.map((cells, r) => (
          <GridRow key={r} cells={cells} labelColumns={layout.labelColumns} />
        ))}
      </tbody>
    </>
  );
});

function cellInput(target: EventTarget): HTMLInputElement | null {
  return target instanceof HTMLInputElement && target.dataset.cellId ? target : null;
}

function setMode(input: HTMLInputElement, mode: 'navigate' | 'edit'): void {
  input.dataset.mode = mode;
}

const ARROWS: Readonly<Record<string, Move>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

interface TableGridProps {
  readonly format: FormatSpec;
  readonly table: TableSpec;
}

/**
 * Keyed by table: moving from one table step to another must give fresh inputs. A reused
 * uncontrolled <input> re-registered under a new name hands its old text to a field that has no
 * value yet (react-hook-form reads the DOM value then), which would copy table 三's figures into
 * table 二. It also starts each table with its own status line and blank tint.
 */
export function TableGrid(props: TableGridProps) {
  return <Grid key={props.table.id} {...props} />;
}

function Grid({ table }: TableGridProps) {
  const layout = layoutTable(table);
  const form = useFormContext<CellForm>();
  const history = useGridHistory();
  const [status, setStatus] = useState<Status>({ text: '', tone: 'info' });
  const [touched, setTouched] = useState(false);
  const active = useRef<Active | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const labelRem = labelsWidth(layout.labelColumns);

  const specOf = (id: string) => tableCells(table).find((c) => c.id === id);
  const readCell = (id: string): string => form.getValues(`cells.${id}`) ?? '';
  // setValue runs the live checks from the data (pitfalls: MUI X #23099), for pastes and undo too.
  const writeCell = (id: string, value: string): void =>
    form.setValue(`cells.${id}`, value, { shouldDirty: true });

  const focusCell = (id: string): void => {
    document.getElementById(cellDomId(id))?.focus();
  };

  /** Ends an edit: the figure is normalised (全角, 千分位, spaces) and recorded for undo. */
  const commit = (input: HTMLInputElement): void => {
    const a = active.current;
    if (!a || a.cellId !== input.dataset.cellId) return;
    a.editing = false;
    setMode(input, 'navigate');
    const spec = specOf(a.cellId);
    if (!spec || spec.computed) return;
    const raw = input.value;
    const value = normalizeFigure(raw);
    if (value !== raw) writeCell(a.cellId, value);
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
    writeCell(a.cellId, a.original);
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
    const values = valuesToApply(entry, direction);
    for (const [id, value] of values) writeCell(id, value);
    const a = active.current;
    const mine = values.find(([id]) => id === a?.cellId);
    if (a && mine) {
      a.original = mine[1];
      a.editing = false;
    }
    const first = values[0]?.[0];
    const focused = document.activeElement;
    if (first && !mine) focusCell(first);
    else if (focused instanceof HTMLInputElement) focused.select();
    setStatus({ text: `已${direction === 'undo' ? '撤销' : '恢复'}：${entry.label}。`, tone: 'info' });
  };

  const undo = (): void => {
    const entry = history.undo();
    if (entry) apply(entry, 'undo');
    else setStatus({ text: '没有可以撤销的操作。', tone: 'info' });
  };

  const redo = (): void => {
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
    if (scroller.current) revealBesideLabels(scroller.current, input, labelRem);
    if (!touched) setTouched(true);
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

  /** On the whole grid (cells and the fill button), so Ctrl+Z works right after a fill too. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
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
          writeCell(a.cellId, '');
          commit(input);
          input.select();
        }
        return;
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>): void => {
    const input = cellInput(e.target);
    const a = active.current;
    if (!input || !a) return;
    const text = e.clipboardData.getData('text/plain');
    // A single value pasted while editing goes into the text like any typing.
    if (a.editing && !/[\t\r\n]/.test(text.replace(/(\r?\n)+$/, ''))) return;
    e.preventDefault();
    commit(input);
    const plan = mapPasteBlock(dataMatrix(layout), a.cellId, parseClipboard(text));
    setStatus({ text: pasteMessage(plan, table), tone: plan.refused ? 'error' : 'info' });
    const changes: CellChange[] = plan.writes.map((w) => ({
      cellId: w.cell.id,
      before: readCell(w.cell.id),
      after: w.value,
    }));
    for (const c of changes) writeCell(c.cellId, c.after);
    history.record({ label: `粘贴 ${changes.length} 个单元格`, changes });
    const mine = changes.find((c) => c.cellId === a.cellId);
    if (mine) a.original = mine.after;
    input.select();
  };

  const fillZeros = (): void => {
    const changes: CellChange[] = tableCells(table)
      .filter((c) => !c.computed && readCell(c.id).trim() === '')
      .map((c) => ({ cellId: c.id, before: readCell(c.id), after: '0' }));
    if (changes.length === 0) {
      setStatus({ text: '本表没有未填的单元格。', tone: 'info' });
      return;
    }
    for (const c of changes) writeCell(c.cellId, c.after);
    history.record({ label: `未填单元格填 0（${changes.length} 个）`, changes });
    setTouched(true);
    setStatus({ text: `已在 ${changes.length} 个未填单元格填 0。如需撤回，请按 Ctrl+Z。`, tone: 'info' });
  };

  return (
    <div className="space-y-2" onKeyDown={onKeyDown}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">
          方向键、Enter、Tab 移动；直接输入即替换，F2 或双击修改，Esc 取消；可从 Excel、WPS 粘贴整块；Ctrl+Z
          撤销，Ctrl+Y 恢复。灰底格为自动计算的总计。
        </p>
        <button type="button" onClick={fillZeros} className="btn">
          未填单元格填 0
        </button>
      </div>
      <p
        role="status"
        aria-live="polite"
        aria-label="表格操作提示"
        className={`min-h-5 text-sm ${status.tone === 'error' ? 'text-red-700' : 'text-slate-700'}`}
      >
        {status.text}
      </p>
      {/* Wide tables scroll inside their step instead of squeezing; room below for a cell's message.
          `isolate` makes the scroller a stacking context, so the positioned cells (z-0, see
          grid-cells) stack and paint inside it; without it Chromium composited the cells of each
          row as a layer of its own ("overlaps other composited content"): 40 composited layers on
          table 三 instead of 20, each re-layerized on every frame while typing (issue 6). */}
      <div
        ref={scroller}
        className="isolate max-w-full overflow-x-auto pb-24"
        style={{ scrollPaddingLeft: `${labelRem}rem` }}
      >
        <table
          data-table-id={table.id}
          data-show-blanks={touched ? '' : undefined}
          className="group/grid border-collapse bg-white text-sm"
          onFocus={onFocus}
          onBlur={onBlur}
          onInput={onInput}
          onMouseDown={onMouseDown}
          onPaste={onPaste}
        >
          <GridBody layout={layout} />
        </table>
      </div>
    </div>
  );
}
