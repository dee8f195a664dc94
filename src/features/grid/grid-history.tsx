// Undo/redo history shared by every grid of the editor. It lives above the steps, so switching
// from table 三 to table 四 and back keeps it; it is a plain mutable store (not React state) so a
// keystroke that records an edit re-renders nothing.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { EMPTY_HISTORY, historyReducer, type HistoryEntry, type HistoryState } from './history-reducer';

export interface GridHistory {
  record(entry: HistoryEntry): void;
  /** Takes the last entry off the undo stack; the caller writes its `before` values. */
  undo(): HistoryEntry | undefined;
  redo(): HistoryEntry | undefined;
  state(): HistoryState;
}

export function createGridHistory(): GridHistory {
  let state = EMPTY_HISTORY;
  return {
    record(entry) {
      state = historyReducer(state, { type: 'push', entry });
    },
    undo() {
      const entry = state.past.at(-1);
      state = historyReducer(state, { type: 'undo' });
      return entry;
    },
    redo() {
      const entry = state.future[0];
      state = historyReducer(state, { type: 'redo' });
      return entry;
    },
    state: () => state,
  };
}

const GridHistoryContext = createContext<GridHistory | null>(null);

export function GridHistoryProvider({ children }: { readonly children: ReactNode }) {
  const [history] = useState(createGridHistory);
  return <GridHistoryContext.Provider value={history}>{children}</GridHistoryContext.Provider>;
}

/** The editor's history; a grid rendered without the provider (a test, a preview) keeps its own. */
export function useGridHistory(): GridHistory {
  const shared = useContext(GridHistoryContext);
  const [own] = useState(createGridHistory);
  return shared ?? own;
}
