/** The grid's status line: what a paste, a fill or an undo did, or why it was refused. */
export interface GridStatus {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

export type SetGridStatus = (status: GridStatus) => void;
