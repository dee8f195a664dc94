import { describe, expect, it } from 'vitest';
import { saveShortcutMessage } from './save-shortcut-message';

const NOW = new Date(2026, 11, 1, 9, 5, 7);

describe('saveShortcutMessage', () => {
  it('confirms with the time of the last save', () => {
    const at = new Date(2026, 11, 1, 8, 59, 30).toISOString();
    expect(saveShortcutMessage({ kind: 'saved', at }, NOW)).toMatch(/^已自动保存（08:59:30）/);
  });

  it('confirms with the time now when nothing changed since the report was opened', () => {
    expect(saveShortcutMessage({ kind: 'saved' }, NOW)).toMatch(/^已自动保存（09:05:07）/);
  });

  it('never claims a save that has not happened', () => {
    expect(saveShortcutMessage({ kind: 'saving' }, NOW)).not.toContain('已自动保存');
    expect(saveShortcutMessage({ kind: 'readonly' }, NOW)).toContain('只读');
    expect(saveShortcutMessage({ kind: 'error', message: '保存失败：存储空间已满' }, NOW)).toBe(
      '保存失败：存储空间已满',
    );
  });
});
