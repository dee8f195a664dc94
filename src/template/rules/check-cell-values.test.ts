import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { formatCells } from '../table-cells';
import { checkCellValues } from './check-cell-values';
import { resolveValues } from './resolve-values';

function values(format: FormatSpec, cells: Readonly<Record<string, string>>) {
  return checkCellValues(format, resolveValues(format, zeroReport(format, { cells }).cells));
}

describe('checkCellValues (R6 and 未填)', () => {
  it('finds nothing in a table of zeros', () => {
    expect(values(FORMAT_2021, {})).toEqual([]);
    expect(values(FORMAT_2019, {})).toEqual([]);
  });

  it('R6: names the cell by its printed labels and says what is wrong', () => {
    const found = values(FORMAT_2021, {
      't3:carry-forward:legal': '00',
      't2:fees:amount': '1.23456',
      't4:all:direct-upheld': '-1',
    });
    expect(found.map((f) => [f.ruleId, f.sectionId, f.cells])).toEqual([
      ['R6', 's2', ['t2:fees:amount']],
      ['R6', 's3', ['t3:carry-forward:legal']],
      ['R6', 's4', ['t4:all:direct-upheld']],
    ]);
    expect(found[0]?.message).toBe(
      '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）：“1.23456”：以万元为单位，最多保留 4 位小数',
    );
    expect(found[1]?.message).toBe(
      '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构：“00”有多余的前导零，应写作“0”',
    );
    expect(found[2]?.message).toContain('不能为负');
  });

  it('R6 in format 2019: 本年增/减 may be negative, 采购总金额 needs its unit', () => {
    expect(values(FORMAT_2019, { 't2:licensing:change': '-2' })).toEqual([]);
    const found = values(FORMAT_2019, { 't2:procurement:amount': '4', 't2:licensing:last-year': '-2' });
    expect(found.map((f) => f.cells[0])).toEqual(['t2:licensing:last-year', 't2:procurement:amount']);
    expect(found[1]?.message).toContain('缺少单位');
  });

  it('R6 also reports a stated total that is not a number', () => {
    const found = values(FORMAT_2021, { 't3:new:total': '—' });
    expect(found.map((f) => [f.ruleId, f.cells])).toEqual([['R6', ['t3:new:total']]]);
  });

  it('未填: lists every empty input cell of a table in one finding, never taking blank for 0', () => {
    const found = values(FORMAT_2021, {
      't3:open:natural': '',
      't3:partial:other': ' ',
      't2:penalty:decisions': '',
    });
    expect(found.map((f) => [f.ruleId, f.sectionId, f.cells])).toEqual([
      ['blank', 's2', ['t2:penalty:decisions']],
      ['blank', 's3', ['t3:open:natural', 't3:partial:other']],
    ]);
    expect(found[1]?.message).toBe(
      '有 2 个单元格未填，第一个是“三、本年度办理结果 / （一）予以公开 / 自然人”。空白不等于 0：没有发生的请填 0',
    );
  });

  it('a new report is one 未填 finding per table, listing every input cell', () => {
    const inputs = [...formatCells(FORMAT_2021).values()].filter((c) => !c.computed);
    const found = checkCellValues(FORMAT_2021, resolveValues(FORMAT_2021, {}));
    expect(found.map((f) => f.ruleId)).toEqual(['blank', 'blank', 'blank']);
    expect(found.flatMap((f) => f.cells)).toEqual(inputs.map((c) => c.id));
  });
});
