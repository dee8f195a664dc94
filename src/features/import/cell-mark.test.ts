import { describe, expect, it } from 'vitest';
import { cellMark, countMarks } from './cell-mark';

describe('cellMark', () => {
  it('shows a figure read as 已读, with the note when the print differed', () => {
    expect(cellMark({ state: 'read', text: '12', source: '１２', note: '原文为“１２”' })).toEqual({
      state: 'read',
      word: '已读',
      shown: '12',
      detail: '原文为“１２”',
    });
    expect(cellMark({ state: 'read', text: '3', source: '3' })).toEqual({
      state: 'read',
      word: '已读',
      shown: '3',
    });
  });

  it('says why a blank cell is blank, and that it stays 未填', () => {
    expect(cellMark({ state: 'blank', why: 'no-row' })).toMatchObject({
      word: '空白',
      shown: '',
      detail: '原表没有这一行，创建后为未填',
    });
    expect(cellMark(undefined).detail).toContain('没有找到这张表');
  });

  it('shows what was printed in a cell that cannot be read, and why', () => {
    expect(cellMark({ state: 'unreadable', source: '—', reason: '不是数字' })).toEqual({
      state: 'unreadable',
      word: '无法识别',
      shown: '—',
      detail: '不是数字（原文为“—”）',
    });
  });
});

describe('countMarks', () => {
  it('counts the cells asked for by their state, a missing cell as blank', () => {
    const cells = {
      a: { state: 'read', text: '1', source: '1' },
      b: { state: 'blank', why: 'empty' },
      c: { state: 'unreadable', source: '无', reason: '不是数字' },
      ignored: { state: 'read', text: '2', source: '2' },
    } as const;
    expect(countMarks(['a', 'b', 'c', 'd'], cells)).toEqual({ read: 1, blank: 2, unreadable: 1 });
  });
});
