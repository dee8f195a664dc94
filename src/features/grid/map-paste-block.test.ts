import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../template/format-2021';
import { layoutTable } from '../../template/layout-table';
import type { TableSpec } from '../../template/spec-types';
import { dataMatrix } from './data-matrix';
import { mapPasteBlock } from './map-paste-block';
import { parseClipboard } from './parse-clipboard';
import { pasteMessage } from './paste-message';

const tableOf = (id: string): TableSpec => {
  const t = FORMAT_2021.sections.find((s) => s.table?.id === id)?.table;
  if (!t) throw new Error(id);
  return t;
};
const t2 = tableOf('t2');
const t3 = tableOf('t3');
const m3 = dataMatrix(layoutTable(t3));
const m2 = dataMatrix(layoutTable(t2));

describe('dataMatrix', () => {
  it('lays out table 三 as 7 columns per row, totals included', () => {
    expect(m3.rows[0]?.map((c) => c.colId)).toEqual([
      'natural',
      'business',
      'research',
      'nonprofit',
      'legal',
      'other',
      'total',
    ]);
    expect(m3.rows[1]?.[0]?.rowId).toBe('carried');
  });
});

describe('mapPasteBlock', () => {
  it('writes a block from the focused cell, normalising full-width digits, separators and spaces', () => {
    const plan = mapPasteBlock(m3, 't3:new:natural', parseClipboard('１２\t1,234\t 3 \r\n4\t5\t6\r\n'));
    expect(plan.writes.map((w) => [w.cell.id, w.value])).toEqual([
      ['t3:new:natural', '12'],
      ['t3:new:business', '1234'],
      ['t3:new:research', '3'],
      ['t3:carried:natural', '4'],
      ['t3:carried:business', '5'],
      ['t3:carried:research', '6'],
    ]);
    expect(plan.refused).toBeUndefined();
    expect(pasteMessage(plan, t3)).toBe('已粘贴 6 个单元格。');
  });

  it('skips values landing on computed totals and says so', () => {
    const plan = mapPasteBlock(m3, 't3:new:other', parseClipboard('1\t9\n'));
    expect(plan.writes.map((w) => w.cell.id)).toEqual(['t3:new:other']);
    expect(plan.skippedTotals.map((c) => c.id)).toEqual(['t3:new:total']);
    expect(pasteMessage(plan, t3)).toContain('落在总计格的 1 个数值已跳过');
  });

  it('refuses the whole block when a value is a word, naming the cell', () => {
    const plan = mapPasteBlock(m2, 't2:licensing:decisions', parseClipboard('无\n3\n'));
    expect(plan.writes).toEqual([]);
    expect(plan.refused?.cell.id).toBe('t2:licensing:decisions');
    expect(pasteMessage(plan, t2)).toMatch(/^“无”不是数字.*（行政许可 \/ 本年处理决定数量）$/);
  });

  it('clips a block larger than the table and counts what was dropped', () => {
    const plan = mapPasteBlock(m3, 't3:carry-forward:legal', parseClipboard('1\t2\t3\t4\n5\t6\t7\t8\n'));
    // legal, other are written; total is computed; one column beyond the table; one row beyond.
    expect(plan.writes.map((w) => w.cell.id)).toEqual(['t3:carry-forward:legal', 't3:carry-forward:other']);
    expect(plan.droppedRows).toBe(1);
    expect(plan.droppedColumns).toBe(1);
    expect(pasteMessage(plan, t3)).toContain('已舍去 1 行、1 列');
  });

  it('writes empty cells of the block as empty, as a spreadsheet does', () => {
    const plan = mapPasteBlock(m3, 't3:new:natural', parseClipboard('\t2\n'));
    expect(plan.writes.map((w) => [w.cell.id, w.value])).toEqual([
      ['t3:new:natural', ''],
      ['t3:new:business', '2'],
    ]);
  });

  it('keeps a figure of the wrong kind (a decimal count) for the checks to flag, as typing does', () => {
    const plan = mapPasteBlock(m3, 't3:new:natural', [['1.5']]);
    expect(plan.writes.map((w) => w.value)).toEqual(['1.5']);
  });

  it('maps rows of section 二 by their own widths across bands', () => {
    const plan = mapPasteBlock(m2, 't2:normative:issued', parseClipboard('7\t8\n9\t10\n'));
    expect(plan.writes.map((w) => w.cell.id)).toEqual([
      't2:normative:issued',
      't2:normative:abolished',
      't2:licensing:decisions',
    ]);
    expect(plan.droppedColumns).toBe(1);
    expect(plan.droppedRows).toBe(0);
  });

  it('refuses a figure longer than a cell can be saved with', () => {
    const plan = mapPasteBlock(m3, 't3:new:natural', [['1'.repeat(41)]]);
    expect(plan.writes).toEqual([]);
    expect(plan.refused?.cell.id).toBe('t3:new:natural');
  });
});
