// The autosave state, kept outside React state so that a keystroke (which marks it 保存中) re-renders
// only the small indicator that shows it, not the editor (pitfalls.md: no root re-render).
import { useSyncExternalStore } from 'react';

export type SaveState =
  | { readonly kind: 'saved'; readonly at?: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'readonly' };

export class SaveStatus {
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  readonly get = (): SaveState => this.state;

  set(next: SaveState): void {
    const same = next.kind === this.state.kind && JSON.stringify(next) === JSON.stringify(this.state);
    if (same) return;
    this.state = next;
    for (const l of this.listeners) l();
  }
}

export function useSaveState(status: SaveStatus): SaveState {
  return useSyncExternalStore(status.subscribe, status.get);
}
