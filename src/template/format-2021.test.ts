import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from './format-2021';
import type { BandTable, TableSpec } from './spec-types';
import { cellLabel, formatCells, tableCells } from './table-cells';

// Expectations transcribed from 国办公开办函〔2021〕30号 (official-format.md), written out here so a
// change to the spec has to be made twice, on purpose.

function table(id: string): TableSpec {
  const t = FORMAT_2021.sections.flatMap((s) => (s.table ? [s.table] : [])).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** The distinct row paths of a table's numeric cells, in printed order. */
function rowPaths(t: TableSpec): string[] {
  return [...new Set(tableCells(t).map((c) => c.rowPath.join(' / ')))];
}

function colPaths(t: TableSpec): string[] {
  return [...new Set(tableCells(t).map((c) => c.colPath.join(' / ')))];
}

const T3_ROWS_2021 = [
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
  '三、本年度办理结果 / （六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '三、本年度办理结果 / （六）其他处理 / 3.其他',
  '三、本年度办理结果 / （七）总计',
  '四、结转下年度继续办理',
];

const T3_COLS = [
  '自然人',
  '法人或其他组织 / 商业企业',
  '法人或其他组织 / 科研机构',
  '法人或其他组织 / 社会公益组织',
  '法人或其他组织 / 法律服务机构',
  '法人或其他组织 / 其他',
  '总计',
];

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const T4_COLS = [
  ...OUTCOMES.map((o) => `行政复议 / ${o}`),
  ...OUTCOMES.map((o) => `行政诉讼 / 未经复议直接起诉 / ${o}`),
  ...OUTCOMES.map((o) => `行政诉讼 / 复议后起诉 / ${o}`),
];

describe('format 2021 (国办公开办函〔2021〕30号)', () => {
  it('names its notice and applies from the 2021 report on', () => {
    expect(FORMAT_2021.notice).toBe('国办公开办函〔2021〕30号');
    expect(FORMAT_2021.years).toEqual([2021, undefined]);
  });

  it('has the six official section titles in order', () => {
    expect(FORMAT_2021.sections.map((s) => s.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(FORMAT_2021.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
  });

  it('splits section 一 into the five aspects and prompts for 信息处理费 in section 六', () => {
    const s1 = FORMAT_2021.sections[0];
    expect(s1?.narratives.map((n) => n.heading ?? '')).toEqual([
      '',
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(FORMAT_2021.sections[5]?.narratives[0]?.prompt).toContain('国办函〔2020〕109号');
  });

  it('prints section 二 as the four bands of the notice, with no （九）', () => {
    const t2 = table('t2') as BandTable;
    expect(t2.type).toBe('bands');
    expect(
      t2.bands.map((b) => ({
        item: b.item,
        head: b.head,
        columns: b.columns.map((c) => c.label),
        rows: b.rows.map((r) => r.label),
      })),
    ).toEqual([
      {
        item: '第二十条第（一）项',
        head: '信息内容',
        columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
        rows: ['规章', '行政规范性文件'],
      },
      { item: '第二十条第（五）项', head: '信息内容', columns: ['本年处理决定数量'], rows: ['行政许可'] },
      {
        item: '第二十条第（六）项',
        head: '信息内容',
        columns: ['本年处理决定数量'],
        rows: ['行政处罚', '行政强制'],
      },
      {
        item: '第二十条第（八）项',
        head: '信息内容',
        columns: ['本年收费金额（单位：万元）'],
        rows: ['行政事业性收费'],
      },
    ]);
    // the fee is money in 万元 (R6: at most 4 decimals); every other cell is a count
    expect(tableCells(t2).map((c) => `${c.id}=${c.kind}`)).toEqual([
      't2:regulation:issued=count',
      't2:regulation:abolished=count',
      't2:regulation:in-force=count',
      't2:normative:issued=count',
      't2:normative:abolished=count',
      't2:normative:in-force=count',
      't2:licensing:decisions=count',
      't2:penalty:decisions=count',
      't2:enforcement:decisions=count',
      't2:fees:amount=money-wan',
    ]);
  });

  it('prints table 三 with its corner text, 7 columns and 25 numeric rows in order', () => {
    const t3 = table('t3');
    expect(t3.type === 'tree' && t3.corner).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
    expect(t3.type === 'tree' && t3.columns.map((c) => c.label)).toEqual(['申请人情况']);
    expect(colPaths(t3)).toEqual(T3_COLS);
    expect(rowPaths(t3)).toEqual(T3_ROWS_2021);
    expect(tableCells(t3)).toHaveLength(25 * 7);
  });

  it('prints table 四 as one row of 15 cells', () => {
    const t4 = table('t4');
    expect(colPaths(t4)).toEqual(T4_COLS);
    expect(rowPaths(t4)).toEqual(['']);
    expect(tableCells(t4)).toHaveLength(15);
  });

  it('computes exactly the totals: the 总计 column (R1), （七）总计 (R2) and table 四 (R4)', () => {
    const computed = [...formatCells(FORMAT_2021).values()].filter((c) => c.computed);
    const byRule = (r: string) => computed.filter((c) => c.sumRule === r).map((c) => c.id);
    expect(byRule('R1')).toHaveLength(25);
    expect(byRule('R1')).toContain('t3:new:total');
    // the crossing of 总计 and （七）总计 is a column sum; the other six cells of （七） are R2
    expect(byRule('R2')).toEqual([
      't3:outcomes-total:natural',
      't3:outcomes-total:business',
      't3:outcomes-total:research',
      't3:outcomes-total:nonprofit',
      't3:outcomes-total:legal',
      't3:outcomes-total:other',
    ]);
    expect(byRule('R4')).toEqual(['t4:all:review-total', 't4:all:direct-total', 't4:all:after-total']);
    expect(computed).toHaveLength(25 + 6 + 3);
    const r2 = formatCells(FORMAT_2021).get('t3:outcomes-total:natural');
    // （一）,（二）, eight of （三）, three of （四）, five of （五）, three of （六）
    expect(r2?.parts).toHaveLength(2 + 8 + 3 + 5 + 3);
    expect(r2?.parts[0]).toBe('t3:open:natural');
    expect(r2?.parts.at(-1)).toBe('t3:other-handling-3:natural');
    expect(formatCells(FORMAT_2021).get('t4:all:after-total')?.parts).toEqual([
      't4:all:after-upheld',
      't4:all:after-corrected',
      't4:all:after-other',
      't4:all:after-pending',
    ]);
  });

  it('gives each cell the accessible name a person reads off the printed table', () => {
    const cells = formatCells(FORMAT_2021);
    const name = (id: string) => {
      const c = cells.get(id);
      if (!c) throw new Error(`no cell ${id}`);
      return cellLabel(c);
    };
    expect(name('t2:normative:in-force')).toBe('第二十条第（一）项 / 行政规范性文件 / 现行有效件数');
    expect(name('t3:new:natural')).toBe('一、本年新收政府信息公开申请数量 / 自然人');
    expect(name('t3:withheld-1:business')).toBe(
      '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 法人或其他组织 / 商业企业',
    );
    expect(name('t3:outcomes-total:total')).toBe('三、本年度办理结果 / （七）总计 / 总计');
    expect(name('t4:all:after-total')).toBe('行政诉讼 / 复议后起诉 / 总计');
    // names are unique, so a screen reader (and Playwright) can find every cell by name
    const names = [...cells.values()].map(cellLabel);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names rows and columns briefly in rule messages', () => {
    const cells = formatCells(FORMAT_2021);
    expect(cells.get('t3:carried:natural')?.rowShort).toBe('二');
    expect(cells.get('t3:outcomes-total:natural')?.rowShort).toBe('（七）总计');
    expect(cells.get('t3:withheld-3:natural')?.rowShort).toBe('（三）3');
    expect(cells.get('t4:all:review-upheld')?.colShort).toBe('行政复议·结果维持');
    expect(cells.get('t4:all:direct-total')?.colShort).toBe('未经复议直接起诉·总计');
  });

  it('carries 现行有效件数 from last year for each row of 第二十条第（一）项', () => {
    const cells = formatCells(FORMAT_2021);
    expect(FORMAT_2021.continuity.map((r) => [r.cell, r.fromLastYear, r.plus, r.minus])).toEqual([
      [
        't2:regulation:in-force',
        ['t2:regulation:in-force'],
        ['t2:regulation:issued'],
        ['t2:regulation:abolished'],
      ],
      [
        't2:normative:in-force',
        ['t2:normative:in-force'],
        ['t2:normative:issued'],
        ['t2:normative:abolished'],
      ],
    ]);
    for (const r of FORMAT_2021.continuity) {
      for (const id of [r.cell, ...r.fromLastYear, ...r.plus, ...r.minus]) expect(cells.has(id)).toBe(true);
    }
  });
});
