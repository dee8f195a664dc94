// The autosave state, kept outside React state so that a keystroke (which marks it 保存中) re-renders
// only the small indicator that shows it, not the editor (pitfalls.md: no root re-render).
import { useSyncExternalStore } from 'react';

export type SaveState =
  | { readonly kind: 'saved'; readonly at?: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'readonly' };

/**
 * The state with whether the edit journal could be written: when localStorage is full, what is
 * typed is only safe once IndexedDB has it, and a reload before then would lose it.
 */
export type SaveView = SaveState & { readonly journalFull: boolean };

export class SaveStatus {
  private state: SaveView = { kind: 'saved', journalFull: false };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  readonly get = (): SaveView => this.state;

  set(next: SaveState): void {
    this.update({ ...next, journalFull: this.state.journalFull });
  }

  setJournalFull(journalFull: boolean): void {
    if (journalFull !== this.state.journalFull) this.update({ ...this.state, journalFull });
  }

  private update(next: SaveView): void {
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}

export function useSaveState(status: SaveStatus): SaveView {
  return useSyncExternalStore(status.subscribe, status.get);
}
