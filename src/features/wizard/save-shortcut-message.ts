import type { SaveState } from './save-status';

function clock(d: Date): string {
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * What Ctrl+S answers: the app saves every change by itself, so the key only confirms it, with the
 * time of the last save (or now, when nothing has changed since the report was opened, which is
 * then all stored), and says so honestly when a save is under way, failed or impossible.
 */
export function saveShortcutMessage(state: SaveState, now: Date): string {
  switch (state.kind) {
    case 'saved':
      return `已自动保存（${clock(state.at ? new Date(state.at) : now)}），所有修改都已保存在本浏览器中，无需另行保存。`;
    case 'saving':
      return '正在自动保存刚才的修改，稍候即完成，无需另行保存。';
    case 'readonly':
      return '这份报告在本窗口中只读，修改不会保存。';
    case 'error':
      return state.message;
  }
}
