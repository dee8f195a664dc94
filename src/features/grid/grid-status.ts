/** The grid's status line: what a paste, a fill or an undo did, or why it was refused. */
export interface GridStatus {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

export type SetGridStatus = (status: GridStatus) => void;

/** Said when a table that follows the ledger is pasted into, filled or undone. */
export const LOCKED_MESSAGE = '本表按台账计算，不能修改；如需手工填写，请在表格上方点“不使用台账”。';
