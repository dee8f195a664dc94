// The undo/redo history of the grids as a pure reducer: an entry is one thing the clerk did (one
// cell edit, a whole paste, a whole 未填单元格填 0), so one Ctrl+Z takes back exactly that.

/** One cell changed by an action: its text before and after. */
export interface CellChange {
  readonly cellId: string;
  readonly before: string;
  readonly after: string;
}

export interface HistoryEntry {
  /** What the clerk did, for the status line: `粘贴 6 个单元格`. */
  readonly label: string;
  readonly changes: readonly CellChange[];
}

export interface HistoryState {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export type HistoryAction =
  | { readonly type: 'push'; readonly entry: HistoryEntry }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'clear' };

/** Enough for a working day; older steps drop off so memory stays bounded. */
export const HISTORY_LIMIT = 500;

export const EMPTY_HISTORY: HistoryState = { past: [], future: [] };

export function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
  switch (action.type) {
    case 'push': {
      const changes = action.entry.changes.filter((c) => c.before !== c.after);
      if (changes.length === 0) return state;
      const past = [...state.past, { ...action.entry, changes }];
      return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
    }
    case 'undo': {
      const entry = state.past.at(-1);
      if (!entry) return state;
      return { past: state.past.slice(0, -1), future: [entry, ...state.future] };
    }
    case 'redo': {
      const entry = state.future[0];
      if (!entry) return state;
      return { past: [...state.past, entry], future: state.future.slice(1) };
    }
    case 'clear':
      return EMPTY_HISTORY;
  }
}

/** The values to write to take an entry back (undo) or to do it again (redo). */
export function valuesToApply(
  entry: HistoryEntry,
  direction: 'undo' | 'redo',
): readonly (readonly [string, string])[] {
  return entry.changes.map((c) => [c.cellId, direction === 'undo' ? c.before : c.after] as const);
}
