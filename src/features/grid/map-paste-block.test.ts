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

describe('a block copied with its row labels, as people copy from Excel and WPS', () => {
  it('drops labels that name their rows, even with numbering and spaces differing', () => {
    const text = '一、本年新收政府信息公开申请数量\t3\t2\n二、上年结转政府信息公开申请数量\t1\t0\n';
    const plan = mapPasteBlock(m3, 't3:new:natural', parseClipboard(text));
    expect(plan.refused).toBeUndefined();
    expect(plan.writes.map((w) => [w.cell.id, w.value])).toEqual([
      ['t3:new:natural', '3'],
      ['t3:new:business', '2'],
      ['t3:carried:natural', '1'],
      ['t3:carried:business', '0'],
    ]);
    expect(plan.droppedLabels).toBe(2);
    expect(pasteMessage(plan, t3)).toBe('已粘贴 4 个单元格。复制的行标题与表格一致，已略去。');
  });

  it('drops two label columns (a merged parent left blank below) for the rows of 办理结果', () => {
    const r = m3.rows.findIndex((row) => row[0]?.rowPath.some((p) => p.includes('予以公开')));
    const start = m3.rows[r]?.[0];
    const next = m3.rows[r + 1]?.[0];
    if (!start || !next) throw new Error('no 予以公开 row');
    const text = `三、本年度办理结果\t（一）予以公开\t5\n\t${next.rowPath.at(-1) ?? ''}\t6\n`;
    const plan = mapPasteBlock(m3, start.id, parseClipboard(text));
    expect(plan.misplaced).toBeUndefined();
    expect(plan.writes.map((w) => [w.cell.id, w.value])).toEqual([
      [start.id, '5'],
      [next.id, '6'],
    ]);
  });

  it('refuses labels of another row, naming both', () => {
    const plan = mapPasteBlock(
      m3,
      't3:carried:natural',
      parseClipboard('一、本年新收政府信息公开申请数量\t3\n'),
    );
    expect(plan.writes).toEqual([]);
    expect(pasteMessage(plan, t3)).toMatch(
      /^复制的行标题“一、本年新收政府信息公开申请数量”与表格中的这一行（二、上年结转/,
    );
  });

  it('still refuses real text in a figure cell, and writes a dash as 0', () => {
    expect(mapPasteBlock(m3, 't3:new:natural', parseClipboard('3\t见附件\n')).refused?.text).toBe('见附件');
    const plan = mapPasteBlock(m3, 't3:new:natural', parseClipboard('3\t-\t—\n'));
    expect(plan.writes.map((w) => w.value)).toEqual(['3', '0', '0']);
    expect(pasteMessage(plan, t3)).toContain('“-”按 0 填入 2 个单元格');
  });

  it('names a pasted 总计 that disagrees with the row, with both numbers', () => {
    const values: Record<string, string> = {};
    const plan = mapPasteBlock(
      m3,
      't3:new:natural',
      parseClipboard('1\t2\t0\t0\t0\t0\t9\n'),
      (id) => values[id] ?? '',
    );
    expect(plan.totalsDisagree.map((t) => [t.cell.id, t.pasted, t.sum])).toEqual([
      ['t3:new:total', '9', '3'],
    ]);
    expect(pasteMessage(plan, t3)).toContain('一、本年新收政府信息公开申请数量 / 总计为 9，但各项相加为 3');
    const agreeing = mapPasteBlock(m3, 't3:new:natural', parseClipboard('1\t2\t0\t0\t0\t0\t3\n'));
    expect(agreeing.totalsDisagree).toEqual([]);
    expect(pasteMessage(agreeing, t3)).toContain('落在总计格的 1 个数值已跳过');
  });
});
