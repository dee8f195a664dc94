import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';
import { layoutTable, type GridCell, type TableLayout } from './layout-table';
import type { FormatSpec, TableSpec } from './spec-types';

// The merges of the printed tables (official-format.md): every renderer draws from this layout.

function table(format: FormatSpec, id: string): TableSpec {
  const t = format.sections.flatMap((s) => (s.table ? [s.table] : [])).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** The one cell printing `text` (fails when there is none or more than one). */
function cellWithText(layout: TableLayout, text: string): GridCell {
  const hits = layout.rows.flat().filter((c) => c.text === text);
  if (hits.length !== 1) throw new Error(`${hits.length} cells print “${text}”`);
  return hits[0] as GridCell;
}

const span = (c: GridCell) => ({ row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan });

describe.each([
  ['format 2021', FORMAT_2021, 25, 22],
  ['format 2019', FORMAT_2019, 23, 20],
] as const)('table 三 of %s', (_name, format, numericRows, resultRows) => {
  const layout = layoutTable(table(format, 't3'));

  it('has 3 label columns, 3 header rows and 7 data columns', () => {
    expect(layout.labelColumns).toBe(3);
    expect(layout.headerRows).toBe(3);
    expect(layout.columnCount).toBe(10);
    expect(layout.rows).toHaveLength(3 + numericRows);
    expect(layout.rows.flat().filter((c) => c.kind === 'data')).toHaveLength(numericRows * 7);
  });

  it('puts the 勾稽关系 text in the corner over 3 label columns and 3 header rows', () => {
    const corner = cellWithText(
      layout,
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(corner.kind).toBe('corner');
    expect(span(corner)).toEqual({ row: 0, col: 0, rowSpan: 3, colSpan: 3 });
  });

  it('merges the applicant headers as printed', () => {
    expect(span(cellWithText(layout, '申请人情况'))).toEqual({ row: 0, col: 3, rowSpan: 1, colSpan: 7 });
    expect(span(cellWithText(layout, '自然人'))).toEqual({ row: 1, col: 3, rowSpan: 2, colSpan: 1 });
    expect(span(cellWithText(layout, '法人或其他组织'))).toEqual({ row: 1, col: 4, rowSpan: 1, colSpan: 5 });
    expect(span(cellWithText(layout, '总计'))).toEqual({ row: 1, col: 9, rowSpan: 2, colSpan: 1 });
    expect(layout.rows[2]?.filter((c) => c.kind === 'column-header').map((c) => c.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('merges the row labels as printed', () => {
    expect(span(cellWithText(layout, '一、本年新收政府信息公开申请数量'))).toEqual({
      row: 3,
      col: 0,
      rowSpan: 1,
      colSpan: 3,
    });
    expect(span(cellWithText(layout, '二、上年结转政府信息公开申请数量'))).toEqual({
      row: 4,
      col: 0,
      rowSpan: 1,
      colSpan: 3,
    });
    expect(span(cellWithText(layout, '三、本年度办理结果'))).toEqual({
      row: 5,
      col: 0,
      rowSpan: resultRows,
      colSpan: 1,
    });
    expect(span(cellWithText(layout, '（一）予以公开'))).toEqual({ row: 5, col: 1, rowSpan: 1, colSpan: 2 });
    expect(span(cellWithText(layout, '（三）不予公开'))).toMatchObject({ col: 1, rowSpan: 8, colSpan: 1 });
    expect(span(cellWithText(layout, '（四）无法提供'))).toMatchObject({ col: 1, rowSpan: 3, colSpan: 1 });
    expect(span(cellWithText(layout, '（五）不予处理'))).toMatchObject({ col: 1, rowSpan: 5, colSpan: 1 });
    expect(span(cellWithText(layout, '（七）总计'))).toMatchObject({ col: 1, rowSpan: 1, colSpan: 2 });
    expect(span(cellWithText(layout, '四、结转下年度继续办理'))).toEqual({
      row: 3 + numericRows - 1,
      col: 0,
      rowSpan: 1,
      colSpan: 3,
    });
    expect(span(cellWithText(layout, '1.属于国家秘密'))).toMatchObject({ col: 2, rowSpan: 1, colSpan: 1 });
  });

  it('covers every grid position exactly once', () => {
    // layoutTable throws on overlaps and holes; check the owner map agrees with the spans
    for (const c of layout.rows.flat()) {
      for (let r = c.row; r < c.row + c.rowSpan; r++) {
        for (let k = c.col; k < c.col + c.colSpan; k++) expect(layout.owner[r]?.[k]).toBe(c);
      }
    }
    expect(layout.owner.every((line) => line.length === 10)).toBe(true);
  });
});

describe('（六）其他处理 differs between the formats', () => {
  it('spans its 3 items in format 2021', () => {
    const layout = layoutTable(table(FORMAT_2021, 't3'));
    expect(span(cellWithText(layout, '（六）其他处理'))).toEqual({ row: 23, col: 1, rowSpan: 3, colSpan: 1 });
    expect(span(cellWithText(layout, '3.其他'))).toEqual({ row: 25, col: 2, rowSpan: 1, colSpan: 1 });
  });

  it('is a leaf over 2 label columns in format 2019', () => {
    const layout = layoutTable(table(FORMAT_2019, 't3'));
    const six = cellWithText(layout, '（六）其他处理');
    expect(span(six)).toEqual({ row: 23, col: 1, rowSpan: 1, colSpan: 2 });
    expect(layout.rows[23]?.filter((c) => c.kind === 'data').map((c) => c.cell?.id)).toEqual([
      't3:other-handling:natural',
      't3:other-handling:business',
      't3:other-handling:research',
      't3:other-handling:nonprofit',
      't3:other-handling:legal',
      't3:other-handling:other',
      't3:other-handling:total',
    ]);
  });
});

describe.each([
  ['format 2021', FORMAT_2021],
  ['format 2019', FORMAT_2019],
] as const)('table 四 of %s', (_name, format) => {
  const layout = layoutTable(table(format, 't4'));

  it('is one data row of 15 cells under three header rows, with no label column', () => {
    expect(layout.labelColumns).toBe(0);
    expect(layout.headerRows).toBe(3);
    expect(layout.columnCount).toBe(15);
    expect(layout.rows).toHaveLength(4);
    expect(layout.rows[3]?.map((c) => c.kind)).toEqual(Array(15).fill('data'));
  });

  it('spans 行政复议 over 5 columns and 行政诉讼 over 10', () => {
    expect(span(cellWithText(layout, '行政复议'))).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 5 });
    expect(span(cellWithText(layout, '行政诉讼'))).toEqual({ row: 0, col: 5, rowSpan: 1, colSpan: 10 });
    expect(span(cellWithText(layout, '未经复议直接起诉'))).toEqual({
      row: 1,
      col: 5,
      rowSpan: 1,
      colSpan: 5,
    });
    expect(span(cellWithText(layout, '复议后起诉'))).toEqual({ row: 1, col: 10, rowSpan: 1, colSpan: 5 });
    // 行政复议's outcomes span the two lower header rows; 行政诉讼's sit on the last one
    expect(layout.rows[1]?.slice(0, 5).map((c) => [c.text, c.rowSpan])).toEqual([
      ['结果维持', 2],
      ['结果纠正', 2],
      ['其他结果', 2],
      ['尚未审结', 2],
      ['总计', 2],
    ]);
    expect(layout.rows[2]?.map((c) => c.text)).toEqual([
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    ]);
  });
});

describe('section 二 bands', () => {
  it('format 2021: each item row spans the table; a one-column band spans the rest', () => {
    const layout = layoutTable(table(FORMAT_2021, 't2'));
    expect(layout.columnCount).toBe(4);
    const items = layout.rows.flat().filter((c) => c.kind === 'item');
    expect(items.map((c) => c.text)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(items.every((c) => c.col === 0 && c.colSpan === 4)).toBe(true);
    expect(layout.rows.flat().filter((c) => c.text === '信息内容')).toHaveLength(4);
    const fee = layout.rows.flat().find((c) => c.cell?.id === 't2:fees:amount');
    expect(fee && span(fee)).toMatchObject({ col: 1, colSpan: 3 });
    expect(span(cellWithText(layout, '本年收费金额（单位：万元）'))).toMatchObject({ col: 1, colSpan: 3 });
    expect(
      layout.rows
        .flat()
        .filter((c) => c.text === '本年处理决定数量')
        .map((c) => c.colSpan),
    ).toEqual([3, 3]);
    // the （一） band has three single columns
    expect(span(cellWithText(layout, '现行有效件数'))).toMatchObject({ col: 3, colSpan: 1 });
    // 4 item rows + 4 head rows + 6 data rows
    expect(layout.rows).toHaveLength(14);
  });

  it('format 2019: two-column bands let their second column span two grid columns', () => {
    const layout = layoutTable(table(FORMAT_2019, 't2'));
    expect(layout.columnCount).toBe(4);
    expect(
      layout.rows
        .flat()
        .filter((c) => c.kind === 'item')
        .map((c) => c.text),
    ).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(span(cellWithText(layout, '采购总金额'))).toMatchObject({ col: 2, colSpan: 2 });
    expect(
      layout.rows
        .flat()
        .filter((c) => c.text === '本年增/减')
        .map((c) => c.colSpan),
    ).toEqual([1, 1, 2]);
  });
});
