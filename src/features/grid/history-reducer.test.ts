import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, HISTORY_LIMIT, historyReducer, valuesToApply } from './history-reducer';

const edit = (cellId: string, before: string, after: string) => ({
  label: '修改',
  changes: [{ cellId, before, after }],
});

describe('historyReducer', () => {
  it('undoes and redoes entries in order', () => {
    let s = historyReducer(EMPTY_HISTORY, { type: 'push', entry: edit('a', '', '1') });
    s = historyReducer(s, { type: 'push', entry: edit('a', '1', '2') });
    s = historyReducer(s, { type: 'undo' });
    expect(s.past).toHaveLength(1);
    expect(s.future[0]?.changes[0]?.after).toBe('2');
    s = historyReducer(s, { type: 'undo' });
    expect(s.past).toHaveLength(0);
    s = historyReducer(s, { type: 'undo' });
    expect(s.future).toHaveLength(2);
    s = historyReducer(s, { type: 'redo' });
    expect(s.past[0]?.changes[0]?.after).toBe('1');
  });

  it('drops the redo stack when a new edit is made', () => {
    let s = historyReducer(EMPTY_HISTORY, { type: 'push', entry: edit('a', '', '1') });
    s = historyReducer(s, { type: 'undo' });
    s = historyReducer(s, { type: 'push', entry: edit('b', '', '5') });
    expect(s.future).toEqual([]);
    expect(s.past).toHaveLength(1);
  });

  it('records nothing for an edit that changed nothing', () => {
    const s = historyReducer(EMPTY_HISTORY, { type: 'push', entry: edit('a', '3', '3') });
    expect(s).toBe(EMPTY_HISTORY);
  });

  it('keeps at most HISTORY_LIMIT entries', () => {
    let s = EMPTY_HISTORY;
    for (let i = 0; i <= HISTORY_LIMIT; i++)
      s = historyReducer(s, { type: 'push', entry: edit('a', `${i}`, `${i + 1}`) });
    expect(s.past).toHaveLength(HISTORY_LIMIT);
    expect(s.past[0]?.changes[0]?.before).toBe('1');
  });

  it('gives the values to write for undo and redo of a whole paste', () => {
    const entry = {
      label: '粘贴',
      changes: [
        { cellId: 'a', before: '', after: '1' },
        { cellId: 'b', before: '2', after: '3' },
      ],
    };
    expect(valuesToApply(entry, 'undo')).toEqual([
      ['a', ''],
      ['b', '2'],
    ]);
    expect(valuesToApply(entry, 'redo')).toEqual([
      ['a', '1'],
      ['b', '3'],
    ]);
  });
});
