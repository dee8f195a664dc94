import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../template/format-2021';
import { layoutTable } from '../../template/layout-table';
import { nextCell } from './next-cell';

const layoutOf = (id: string) => {
  const t = FORMAT_2021.sections.find((s) => s.table?.id === id)?.table;
  if (!t) throw new Error(id);
  return layoutTable(t);
};
const l3 = layoutOf('t3');
const l2 = layoutOf('t2');

describe('nextCell', () => {
  it('moves down and up the printed column of table 三', () => {
    expect(nextCell(l3, 't3:new:natural', 'down')).toBe('t3:carried:natural');
    expect(nextCell(l3, 't3:carried:natural', 'up')).toBe('t3:new:natural');
    expect(nextCell(l3, 't3:new:natural', 'up')).toBeUndefined();
  });

  it('moves left and right within a row and stops at its edges', () => {
    expect(nextCell(l3, 't3:new:natural', 'right')).toBe('t3:new:business');
    expect(nextCell(l3, 't3:new:natural', 'left')).toBeUndefined();
    expect(nextCell(l3, 't3:new:total', 'right')).toBeUndefined();
  });

  it('tabs through reading order into the next row and out after the last cell', () => {
    expect(nextCell(l3, 't3:new:total', 'next')).toBe('t3:carried:natural');
    expect(nextCell(l3, 't3:carried:natural', 'previous')).toBe('t3:new:total');
    expect(nextCell(l3, 't3:carry-forward:total', 'next')).toBeUndefined();
  });

  it('crosses band headings of section 二 going down, following the grid column', () => {
    expect(nextCell(l2, 't2:normative:issued', 'down')).toBe('t2:licensing:decisions');
    expect(nextCell(l2, 't2:normative:in-force', 'down')).toBe('t2:licensing:decisions');
    expect(nextCell(l2, 't2:licensing:decisions', 'up')).toBe('t2:normative:issued');
  });
});
