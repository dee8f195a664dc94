// How the check screen marks one cell as read: 已读, 空白 or 无法识别 in words (never by colour
// alone), what it shows, and why when it is not a plain figure.
import type { ImportedCell } from '../../report/import/imported-report';

export type CellMarkState = ImportedCell['state'];

export interface CellMark {
  readonly state: CellMarkState;
  readonly word: '已读' | '空白' | '无法识别';
  /** What the cell shows: the figure to be stored, or what was printed when it cannot be read. */
  readonly shown: string;
  /** Why, when the person should know more than the word says. */
  readonly detail?: string;
}

const BLANK_WHY: Readonly<Record<Extract<ImportedCell, { state: 'blank' }>['why'], string>> = {
  empty: '原表此格为空，创建后为未填',
  'no-row': '原表没有这一行，创建后为未填',
  'no-column': '原表没有这一栏，创建后为未填',
  'no-table': '原报告没有找到这张表，创建后为未填',
};

export function cellMark(cell: ImportedCell | undefined): CellMark {
  if (!cell) return { state: 'blank', word: '空白', shown: '', detail: BLANK_WHY['no-table'] };
  switch (cell.state) {
    case 'read':
      return {
        state: 'read',
        word: '已读',
        shown: cell.text,
        ...(cell.note ? { detail: cell.note } : {}),
      };
    case 'blank':
      return { state: 'blank', word: '空白', shown: '', detail: BLANK_WHY[cell.why] };
    case 'unreadable':
      return {
        state: 'unreadable',
        word: '无法识别',
        shown: cell.source,
        detail: `${cell.reason}${cell.source ? `（原文为“${cell.source}”）` : ''}`,
      };
  }
}

export interface MarkCounts {
  readonly read: number;
  readonly blank: number;
  readonly unreadable: number;
}

/** How many of the given cells were read, left blank, or could not be read. */
export function countMarks(
  cellIds: Iterable<string>,
  cells: Readonly<Record<string, ImportedCell | undefined>>,
): MarkCounts {
  const counts = { read: 0, blank: 0, unreadable: 0 };
  for (const id of cellIds) counts[cellMark(cells[id]).state]++;
  return counts;
}
