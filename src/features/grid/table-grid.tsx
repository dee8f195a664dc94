// One official table as the clerk fills it: the printed layout (the shared official-table rows:
// same merges, row hierarchy and sticky row labels as the report), with spreadsheet keys
// (use-cell-editing), paste from Excel/WPS and 填 0 (use-paste-fill), undo/redo and the live
// checks marked on the cells (grid-cells).
import { useRef, useState } from 'react';
import { layoutTable } from '../../template/layout-table';
import type { TableSpec } from '../../template/spec-types';
import { labelsWidth } from '../../ui/label-columns';
import { OfficialTableRows, type DataCellProps } from '../../ui/official-table';
import { ComputedCell, InputCell, LockedCell, lockedHintId, ShowRowsContext } from './grid-cells';
import { useGridHistory } from './grid-history';
import type { GridStatus } from './grid-status';
import { useCellEditing } from './use-cell-editing';
import { useCellValues } from './use-cell-values';
import { usePasteFill } from './use-paste-fill';

/** At module level: the shared rows are memoised on it, so a status message re-renders no row. */
function renderGridCell(props: DataCellProps) {
  return props.cell.computed ? <ComputedCell {...props} /> : <InputCell {...props} />;
}

function renderLockedCell(props: DataCellProps) {
  return <LockedCell {...props} />;
}

interface TableGridProps {
  readonly table: TableSpec;
  /**
   * Given while the table follows the request ledger: every figure is counted, read-only, and
   * this opens the ledger rows behind a cell.
   */
  readonly onShowRows?: ((cellId: string) => void) | undefined;
  /** Every table filled by hand, for 全部表格未填处填 0; without it the button is not shown. */
  readonly allTables?: readonly TableSpec[] | undefined;
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

function Grid({ table, onShowRows, allTables }: TableGridProps) {
  const layout = layoutTable(table);
  const values = useCellValues();
  const history = useGridHistory();
  const [status, setStatus] = useState<GridStatus>({ text: '', tone: 'info' });
  const [touched, setTouched] = useState(false);
  const onTouched = () => {
    if (!touched) setTouched(true);
  };
  const scroller = useRef<HTMLDivElement>(null);
  const labelRem = labelsWidth(layout.labelColumns);
  const locked = onShowRows !== undefined;
  const shared = { table, layout, values, history, setStatus, onTouched, locked };
  const editing = useCellEditing({ ...shared, scroller, labelRem });
  const { onPaste, fillZeros, fillAllZeros } = usePasteFill({ ...shared, editing, allTables });

  return (
    <div className="space-y-2" onKeyDown={editing.onKeyDown}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {locked ? (
          <p id={lockedHintId(table.id)} className="text-xs text-slate-600">
            本表按台账计算，不能直接修改。方向键、Tab 移动；在数字上按 Enter 或双击，可查看计入它的台账条目。
          </p>
        ) : (
          <>
            <p className="text-xs text-slate-600">
              方向键、Enter、Tab 移动；直接输入即替换，F2 或双击修改，Esc 取消；可从 Excel、WPS
              粘贴整块；Ctrl+Z 撤销，Ctrl+Y 恢复。灰底格为自动计算的总计。
            </p>
            <span className="flex flex-wrap gap-2">
              <button type="button" onClick={fillZeros} className="btn">
                未填单元格填 0
              </button>
              {allTables && allTables.length > 1 ? (
                // For a year with nothing to report: every table at once, no visit to each.
                <button type="button" onClick={fillAllZeros} className="btn">
                  全部表格未填处填 0
                </button>
              ) : null}
            </span>
          </>
        )}
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
          grid-cells) stack and paint inside it; without it Chromium composites the cells of each
          row as a layer of its own ("overlaps other composited content") and re-layerizes them on
          every frame while typing (README, Performance). */}
      <div
        ref={scroller}
        className="isolate max-w-full overflow-x-auto pb-24"
        style={{ scrollPaddingLeft: `${labelRem}rem` }}
      >
        <table
          data-table-id={table.id}
          data-show-blanks={touched ? '' : undefined}
          className="group/grid border-collapse bg-white text-sm"
          {...editing.tableHandlers}
          onPaste={onPaste}
        >
          <ShowRowsContext value={onShowRows}>
            <OfficialTableRows layout={layout} renderCell={locked ? renderLockedCell : renderGridCell} />
          </ShowRowsContext>
        </table>
      </div>
    </div>
  );
}
