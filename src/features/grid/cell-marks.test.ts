import { describe, expect, it } from 'vitest';
import type { Finding } from '../../template/rules/finding';
import { cellMarks, NO_MARKS, sameMarks } from './cell-marks';

const finding = (over: Partial<Finding>): Finding => ({
  key: 'k',
  ruleId: 'R3',
  severity: 'error',
  sectionId: 's3',
  cells: ['t3:new:natural'],
  message: 'm',
  ...over,
});

describe('cellMarks', () => {
  it('marks an error as invalid and strips the cell name the message starts with', () => {
    const m = cellMarks([finding({ ruleId: 'R6', message: 'A / B：“无”不是数字' })], 'A / B');
    expect(m.invalid).toBe(true);
    expect(m.messages.map((x) => x.text)).toEqual(['“无”不是数字']);
  });

  it('does not turn 未填 into an error on the cell, only a blank mark without message', () => {
    const m = cellMarks([finding({ ruleId: 'blank', message: '有 3 个单元格未填' })], 'A');
    expect(m).toEqual({ invalid: false, warning: false, blank: true, messages: [] });
  });

  it('marks a warning without making the cell invalid', () => {
    const m = cellMarks(
      [finding({ ruleId: 'W-township', severity: 'warning', message: '乡镇一般没有' })],
      'A',
    );
    expect(m.invalid).toBe(false);
    expect(m.warning).toBe(true);
    expect(m.messages).toHaveLength(1);
  });
});

describe('sameMarks', () => {
  it('holds for marks built twice from equal findings, and fails when a message changes', () => {
    const a = finding({ message: '总计不等' });
    expect(sameMarks(cellMarks([a], 'x'), cellMarks([{ ...a }], 'x'))).toBe(true);
    expect(sameMarks(cellMarks([a], 'x'), cellMarks([finding({ message: '总计为 3' })], 'x'))).toBe(false);
    expect(sameMarks(NO_MARKS, cellMarks([a], 'x'))).toBe(false);
  });
});
