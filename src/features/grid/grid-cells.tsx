// The data cells of a grid. Each subscribes to its own key in the live store (its findings, and
// a total its figure), so a keystroke wakes and re-renders only the cells it touches (pitfalls: react-hook-form
// #8116, #8326). Typed cells stay uncontrolled through `register`.
import { createContext, memo, useContext, useMemo, type KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { MAX_CELL_LENGTH } from '../../template/content-schema';
import type { CellSpec } from '../../template/table-cells';
import { cellDomId } from '../../ui/dom-ids';
import { useCellFindingsDeferred, useCellLive, useDisplayValue } from '../../ui/live-checks';
import { cellMarks, NO_MARKS, sameMarks, type CellMarks } from './cell-marks';

/** The part of the report form a grid writes: `cells.{cellId}`. */
export interface CellForm {
  readonly cells: Record<string, string | undefined>;
}

interface CellProps {
  readonly cell: CellSpec;
  readonly label: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

const INPUT_MODE = {
  count: 'numeric',
  'signed-count': 'text',
  'money-wan': 'decimal',
  'amount-with-unit': 'text',
} as const;

/**
 * `contain-strict` (size, layout and paint containment) makes each input a layout root of its own:
 * a keystroke, or a total's new figure, then lays out the input alone, not the whole page down to
 * every table row (a trace of npm run bench showed each keystroke laying out the document from the
 * root). The inputs take their width from the cell, so containing their size does not
 * change the layout.
 */
const INPUT_CLASS =
  'block h-9 w-full contain-strict min-w-[calc(3.25rem-2px)] px-2 text-right tabular-nums outline-hidden ' +
  'focus:ring-2 focus:ring-inset focus:ring-blue-600 data-[mode=edit]:focus:ring-emerald-600 ' +
  'aria-invalid:outline-2 aria-invalid:outline-solid aria-invalid:-outline-offset-2 aria-invalid:outline-red-600 aria-invalid:bg-red-50 aria-invalid:focus:ring-4 ' +
  'data-warning:outline-2 data-warning:outline-solid data-warning:-outline-offset-2 data-warning:outline-amber-500 data-warning:focus:ring-4';

/**
 * Every cell is positioned (the containing block of its message; raised above its neighbours
 * while focused): each is then a paint layer of its own, whose painting Chromium reuses when
 * another cell changes, and a focus move changes only a z-index, which needs no layout. Such a
 * layer paints over the table's collapsed borders, so the input keeps 1 px clear of them (`p-px`,
 * its minimum width 2 px less to keep the column's): an input reaching the border at a fractional
 * position hid it wherever the input was, leaving only stubs above and below it in a tall row.
 */
const CELL_CLASS = 'group/cell relative z-0 border border-slate-300 p-px focus-within:z-20';

/**
 * The cell's marks, compared by value (sameMarks) so that the cell re-renders only when what it
 * shows changes.
 */
function useCellMarks(cellId: string, label: string): CellMarks {
  return useCellFindingsDeferred(
    cellId,
    (s) => {
      const findings = s.byCell.get(cellId);
      return findings && findings.length > 0 ? cellMarks(findings, label) : NO_MARKS;
    },
    sameMarks,
  );
}

function Messages({ id, marks }: { readonly id: string; readonly marks: CellMarks }) {
  return (
    <div
      id={id}
      className={
        'pointer-events-none absolute top-full left-0 z-30 mt-0.5 hidden w-80 rounded-md border bg-white p-2 text-left text-xs leading-5 shadow-lg group-focus-within/cell:block ' +
        (marks.invalid ? 'border-red-300 text-red-800' : 'border-amber-300 text-amber-900')
      }
    >
      {marks.messages.map((m) => (
        <p key={m.key}>{m.text}</p>
      ))}
    </div>
  );
}

/** Enter moves to the next cell (table-grid); a form of one field must never submit (reload) the page. */
const preventSubmit = (e: { preventDefault(): void }) => e.preventDefault();

export const InputCell = memo(function InputCell({ cell, label, rowSpan, colSpan }: CellProps) {
  const { register } = useFormContext<CellForm>();
  // The same props (and ref callback) across renders: a new ref callback on each render would make
  // React detach and attach it, and react-hook-form re-register the field, whenever marks change.
  const field = useMemo(() => register(`cells.${cell.id}`), [register, cell.id]);
  const marks = useCellMarks(cell.id, label);
  const domId = cellDomId(cell.id);
  const hasMessages = marks.messages.length > 0;
  return (
    <td rowSpan={rowSpan} colSpan={colSpan} className={CELL_CLASS}>
      {/* Each input in a form of its own, though nothing is submitted: on every typed character
          Chromium's autofill re-reads the whole form of the changed field, and fields outside any
          form all count as one form; for table 三 that task took 50-130 ms at 4x CPU slowdown
          (median 63 ms, one per keystroke: `npm run bench` with BENCH_TRACE, tasks posted from
          FormTracker::FormControlDidChange), with a one-field form about 1 ms. The form
          is `display: contents`: it groups the field for autofill and draws no box (table 三: 992
          layout objects instead of 1136 for every frame to walk). */}
      <form onSubmit={preventSubmit} autoComplete="off" className="contents">
        <input
          id={domId}
          type="text"
          aria-label={label}
          data-cell-id={cell.id}
          inputMode={INPUT_MODE[cell.kind]}
          // The report keeps at most this much per cell; longer text could not be saved.
          maxLength={MAX_CELL_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={marks.invalid ? true : undefined}
          aria-describedby={hasMessages ? `${domId}-msg` : undefined}
          data-warning={marks.warning && !marks.invalid ? '' : undefined}
          data-blank={marks.blank ? '' : undefined}
          className={`${INPUT_CLASS} bg-white group-data-show-blanks/grid:data-blank:bg-amber-50`}
          {...field}
        />
      </form>
      {hasMessages && <Messages id={`${domId}-msg`} marks={marks} />}
    </td>
  );
});

export const ComputedCell = memo(function ComputedCell({ cell, label, rowSpan, colSpan }: CellProps) {
  const value = useDisplayValue(cell.id);
  // A sum over parts not all filled yet is shown lighter, so it is not read as the final figure.
  const partial = useCellLive(cell.id, (s) => s.values.get(cell.id)?.partial === true);
  const marks = useCellMarks(cell.id, label);
  const domId = cellDomId(cell.id);
  const hasMessages = marks.messages.length > 0;
  return (
    <td rowSpan={rowSpan} colSpan={colSpan} className={`${CELL_CLASS} bg-slate-100`}>
      <input
        id={domId}
        type="text"
        readOnly
        aria-label={label}
        aria-readonly
        data-cell-id={cell.id}
        data-computed=""
        title={partial ? '自动计算；部分单元格未填，合计尚不完整' : '自动计算，不需填写'}
        data-partial={partial ? '' : undefined}
        value={value}
        aria-invalid={marks.invalid ? true : undefined}
        aria-describedby={hasMessages ? `${domId}-msg` : undefined}
        data-warning={marks.warning && !marks.invalid ? '' : undefined}
        className={`${INPUT_CLASS} cursor-default bg-slate-100 font-semibold text-slate-800 data-partial:font-normal data-partial:text-slate-500`}
      />
      {hasMessages && <Messages id={`${domId}-msg`} marks={marks} />}
    </td>
  );
});

/**
 * Opens the list of ledger rows counted in a cell, for a table that follows the ledger; undefined
 * while the table is typed by hand.
 */
export const ShowRowsContext = createContext<((cellId: string) => void) | undefined>(undefined);

/** The id of the grid's hint that says how to see the rows behind a figure. */
export const lockedHintId = (tableId: string) => `grid-locked-hint-${tableId}`;

/**
 * A figure of a table that follows the ledger, input cell or total: counted, so read-only, and
 * Enter or a double click lists the ledger rows behind it (the grid's Enter moves on otherwise).
 */
export const LockedCell = memo(function LockedCell({ cell, label, rowSpan, colSpan }: CellProps) {
  const show = useContext(ShowRowsContext);
  const value = useDisplayValue(cell.id);
  const marks = useCellMarks(cell.id, label);
  const domId = cellDomId(cell.id);
  const hasMessages = marks.messages.length > 0;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !show) return;
    e.preventDefault();
    e.stopPropagation();
    show(cell.id);
  };
  return (
    <td rowSpan={rowSpan} colSpan={colSpan} className={`${CELL_CLASS} bg-sky-50`}>
      <input
        id={domId}
        type="text"
        readOnly
        aria-label={label}
        aria-readonly
        data-cell-id={cell.id}
        data-locked=""
        title="按台账计算；按 Enter 或双击查看计入的台账条目"
        value={value}
        aria-invalid={marks.invalid ? true : undefined}
        aria-describedby={[lockedHintId(cell.tableId), hasMessages ? `${domId}-msg` : ''].join(' ').trim()}
        data-warning={marks.warning && !marks.invalid ? '' : undefined}
        onKeyDown={onKeyDown}
        onDoubleClick={() => show?.(cell.id)}
        className={`${INPUT_CLASS} cursor-pointer bg-sky-50 text-slate-900 ${cell.computed ? 'font-semibold' : ''}`}
      />
      {hasMessages && <Messages id={`${domId}-msg`} marks={marks} />}
    </td>
  );
});
