import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from './format-2019';
import type { BandTable, TableSpec } from './spec-types';
import { cellLabel, formatCells, tableCells } from './table-cells';

// Expectations transcribed from 国办公开办函〔2019〕60号 (official-format.md), written out inline.

function table(id: string): TableSpec {
  const t = FORMAT_2019.sections.flatMap((s) => (s.table ? [s.table] : [])).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

const rowPaths = (t: TableSpec) => [...new Set(tableCells(t).map((c) => c.rowPath.join(' / ')))];
const colPaths = (t: TableSpec) => [...new Set(tableCells(t).map((c) => c.colPath.join(' / ')))];

const T3_ROWS_2019 = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果 / （一）予以公开',
  '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密',
  '三、本年度办理结果 / （三）不予公开 / 2.其他法律行政法规禁止公开',
  '三、本年度办理结果 / （三）不予公开 / 3.危及“三安全一稳定”',
  '三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益',
  '三、本年度办理结果 / （三）不予公开 / 5.属于三类内部事务信息',
  '三、本年度办理结果 / （三）不予公开 / 6.属于四类过程性信息',
  '三、本年度办理结果 / （三）不予公开 / 7.属于行政执法案卷',
  '三、本年度办理结果 / （三）不予公开 / 8.属于行政查询事项',
  '三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息',
  '三、本年度办理结果 / （四）无法提供 / 2.没有现成信息需要另行制作',
  '三、本年度办理结果 / （四）无法提供 / 3.补正后申请内容仍不明确',
  '三、本年度办理结果 / （五）不予处理 / 1.信访举报投诉类申请',
  '三、本年度办理结果 / （五）不予处理 / 2.重复申请',
  '三、本年度办理结果 / （五）不予处理 / 3.要求提供公开出版物',
  '三、本年度办理结果 / （五）不予处理 / 4.无正当理由大量反复申请',
  '三、本年度办理结果 / （五）不予处理 / 5.要求行政机关确认或重新出具已获取信息',
  '三、本年度办理结果 / （六）其他处理',
  '三、本年度办理结果 / （七）总计',
  '四、结转下年度继续办理',
];

describe('format 2019 (国办公开办函〔2019〕60号)', () => {
  it('names its notice and applies to the 2019 and 2020 reports', () => {
    expect(FORMAT_2019.notice).toBe('国办公开办函〔2019〕60号');
    expect(FORMAT_2019.years).toEqual([2019, 2020]);
  });

  it('has the six official section titles in order, and no 信息处理费 prompt', () => {
    expect(FORMAT_2019.sections.map((s) => s.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(FORMAT_2019.sections[5]?.narratives[0]?.prompt).toBeUndefined();
  });

  it('prints section 二 as the five bands of the notice, （九） included', () => {
    const t2 = table('t2') as BandTable;
    expect(
      t2.bands.map((b) => [b.item, b.head, b.columns.map((c) => c.label), b.rows.map((r) => r.label)]),
    ).toEqual([
      [
        '第二十条第（一）项',
        '信息内容',
        ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
        ['规章', '规范性文件'],
      ],
      [
        '第二十条第（五）项',
        '信息内容',
        ['上一年项目数量', '本年增/减', '处理决定数量'],
        ['行政许可', '其他对外管理服务事项'],
      ],
      [
        '第二十条第（六）项',
        '信息内容',
        ['上一年项目数量', '本年增/减', '处理决定数量'],
        ['行政处罚', '行政强制'],
      ],
      ['第二十条第（八）项', '信息内容', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
      ['第二十条第（九）项', '信息内容', ['采购项目数量', '采购总金额'], ['政府集中采购']],
    ]);
    const kinds = new Map(tableCells(t2).map((c) => [c.id, c.kind]));
    // 本年增/减 may be negative; 采购总金额 has no unit in its header, so the cell carries it
    expect(kinds.get('t2:licensing:change')).toBe('signed-count');
    expect(kinds.get('t2:fees:change')).toBe('signed-count');
    expect(kinds.get('t2:procurement:amount')).toBe('amount-with-unit');
    expect(kinds.get('t2:procurement:projects')).toBe('count');
    expect(tableCells(t2)).toHaveLength(6 + 6 + 6 + 2 + 2);
  });

  it('prints table 三 with 7 columns and 23 numeric rows, （六） as a single row', () => {
    const t3 = table('t3');
    expect(t3.type === 'tree' && t3.corner).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(colPaths(t3)).toEqual([
      '自然人',
      '法人或其他组织 / 商业企业',
      '法人或其他组织 / 科研机构',
      '法人或其他组织 / 社会公益组织',
      '法人或其他组织 / 法律服务机构',
      '法人或其他组织 / 其他',
      '总计',
    ]);
    expect(rowPaths(t3)).toEqual(T3_ROWS_2019);
    expect(tableCells(t3)).toHaveLength(23 * 7);
    expect(formatCells(FORMAT_2019).get('t3:outcomes-total:natural')?.parts).toHaveLength(2 + 8 + 3 + 5 + 1);
  });

  it('prints table 四 exactly as format 2021 does: 15 cells', () => {
    const t4 = table('t4');
    expect(tableCells(t4)).toHaveLength(15);
    expect(colPaths(t4)[0]).toBe('行政复议 / 结果维持');
    expect(colPaths(t4)[14]).toBe('行政诉讼 / 复议后起诉 / 总计');
  });

  it('names cells for assistive technology', () => {
    const cells = formatCells(FORMAT_2019);
    const name = (id: string) =>
      cellLabel(
        cells.get(id) ??
          (() => {
            throw new Error(id);
          })(),
      );
    expect(name('t2:normative:public-total')).toBe('第二十条第（一）项 / 规范性文件 / 对外公开总数量');
    expect(name('t2:procurement:amount')).toBe('第二十条第（九）项 / 政府集中采购 / 采购总金额');
    expect(name('t3:other-handling:total')).toBe('三、本年度办理结果 / （六）其他处理 / 总计');
  });

  it('carries 上一年项目数量 from last year’s 上一年项目数量 + 本年增/减, in the bands that have both', () => {
    const cells = formatCells(FORMAT_2019);
    expect(FORMAT_2019.continuity.map((r) => [r.cell, r.fromLastYear])).toEqual(
      ['licensing', 'other-services', 'penalty', 'enforcement', 'fees'].map((row) => [
        `t2:${row}:last-year`,
        [`t2:${row}:last-year`, `t2:${row}:change`],
      ]),
    );
    for (const r of FORMAT_2019.continuity) {
      expect([...r.plus, ...r.minus]).toEqual([]);
      for (const id of [r.cell, ...r.fromLastYear]) expect(cells.has(id)).toBe(true);
    }
  });
});
