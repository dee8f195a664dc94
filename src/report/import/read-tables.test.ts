import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import type { FormatSpec } from '../../template/spec-types';
import { assembleCells } from './assemble-cells';
import { htmlBlocks } from './html-blocks';
import { readTables } from './read-tables';
import type { SourceBlock } from './source-document';

const row = (cells: readonly (string | [string, number?, number?])[]) =>
  `<tr>${cells
    .map((c) => (typeof c === 'string' ? [c] : c))
    .map(([t, colspan = 1, rowspan = 1]) => `<td colspan=${colspan} rowspan=${rowspan}>${t}</td>`)
    .join('')}</tr>`;
const html = (...rows: string[]) => `<table>${rows.join('')}</table>`;

function read(format: FormatSpec, blocks: readonly SourceBlock[]) {
  const tablesRead = readTables(format, blocks);
  return {
    read: tablesRead,
    ...assembleCells(
      format,
      tablesRead.parts.map((p) => p.part),
    ),
  };
}

const T3_HEAD = [
  row([
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3],
    ['申请人情况', 7],
  ]),
  row([
    ['自然人', 1, 2],
    ['法人或其他组织', 5],
    ['总计', 1, 2],
  ]),
  row(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
];

describe('readTables: table 三 by its labels', () => {
  it('leaves a missing row blank and shifts nothing: the row after it keeps its figures', () => {
    const { cells } = read(
      FORMAT_2021,
      htmlBlocks(
        html(
          ...T3_HEAD,
          row([['一、本年新收政府信息公开申请数量', 3], '1', '2', '3', '4', '5', '6', '21']),
          // 二、上年结转… is missing
          row([['四、结转下年度继续办理', 3], '7', '0', '0', '0', '0', '0', '7']),
        ),
      ).blocks,
    );
    expect(cells['t3:new:legal']).toMatchObject({ state: 'read', text: '5' });
    expect(cells['t3:carried:natural']).toEqual({ state: 'blank', why: 'no-row' });
    expect(cells['t3:carry-forward:natural']).toMatchObject({ state: 'read', text: '7' });
  });

  it('reads a table without the 总计 column, and lists a column the format does not have', () => {
    const { cells, tables } = read(
      FORMAT_2021,
      htmlBlocks(
        html(
          row([['', 3, 2], '自然人', ['法人或其他组织', 6]]),
          row(['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '小计']),
          row([['一、本年新收政府信息公开申请数量', 3], '1', '2', '3', '4', '5', '6', '20']),
        ),
      ).blocks,
    );
    expect(cells['t3:new:natural']).toMatchObject({ state: 'read', text: '1' });
    expect(cells['t3:new:other']).toMatchObject({ state: 'read', text: '6' });
    expect(cells['t3:new:total']).toEqual({ state: 'blank', why: 'no-column' });
    expect(tables.find((t) => t.tableId === 't3')?.extras).toEqual([
      { label: '一、本年新收政府信息公开申请数量', values: ['20'], reason: '这些数不在任何一列的表头之下' },
    ]);
  });

  it('reads a table split at a page break: the second part continues the first one’s columns', () => {
    const { cells, read: tables } = read(
      FORMAT_2021,
      htmlBlocks(
        html(...T3_HEAD, row([['一、本年新收政府信息公开申请数量', 3], '1', '0', '0', '0', '0', '0', '1'])) +
          '<p>（续表）</p>' +
          html(row([['四、结转下年度继续办理', 3], '0', '2', '0', '0', '0', '0', '2'])),
      ).blocks,
    );
    expect(tables.parts).toHaveLength(2);
    expect(cells['t3:carry-forward:business']).toMatchObject({ state: 'read', text: '2' });
  });

  it('lists a row the format does not have with its figures', () => {
    const { read: tables } = read(
      FORMAT_2021,
      htmlBlocks(html(...T3_HEAD, row([['五、其他情况', 3], '1', '0', '0', '0', '0', '0', '1']))).blocks,
    );
    expect(tables.parts[0]?.part.extras).toEqual([
      {
        label: '五、其他情况',
        values: ['1', '0', '0', '0', '0', '0', '1'],
        reason: '本格式的表格中没有这一行',
      },
    ]);
  });
});

/** Table 四's header under 行政复议: five outcomes, each over two header rows. */
const REVIEW_OUTCOMES: readonly [string, number, number][] = [
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
].map((label) => [label, 1, 2]);
/** Table 四's last header row: the five outcomes under each kind of 行政诉讼. */
const OUTCOMES_TWICE = row([0, 1].flatMap(() => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']));

describe('readTables: table 四 and table 二', () => {
  it('tells the three 结果维持 of table 四 apart by the header over them', () => {
    const { cells } = read(
      FORMAT_2021,
      htmlBlocks(
        html(
          row([
            ['行政复议', 5],
            ['行政诉讼', 10],
          ]),
          row([...REVIEW_OUTCOMES, ['复议后起诉', 5], ['未经复议直接起诉', 5]]),
          OUTCOMES_TWICE,
          row(['1', '2', '3', '4', '10', '5', '0', '0', '0', '5', '6', '0', '0', '0', '6']),
        ),
      ).blocks,
    );
    // 复议后起诉 printed before 未经复议直接起诉: each figure follows its own header
    expect(cells['t4:all:after-upheld']).toMatchObject({ text: '5' });
    expect(cells['t4:all:direct-upheld']).toMatchObject({ text: '6' });
    expect(cells['t4:all:review-total']).toMatchObject({ text: '10' });
  });

  it('reads table 二 printed as four small tables, one of them under a 第二十条 paragraph of its own', () => {
    const band = (item: string, head: string[], rows: string[][]) =>
      html(row([[item, 4]]), row(['信息内容', ...head]), ...rows.map((r) => row(r)));
    const blocks = htmlBlocks(
      band(
        '第二十条第（一）项',
        ['本年制发件数', '本年废止件数', '现行有效件数'],
        [
          ['规章', '0', '0', '0'],
          ['行政规范性文件', '3', '1', '12'],
        ],
      ) +
        band('第二十条第（五）项', [], []).replace(/<tr><td colspan=1 rowspan=1>信息内容<\/td><\/tr>/, '') +
        html(row(['信息内容', ['本年处理决定数量', 3]]), row(['行政许可', ['46', 3]])) +
        '<p>第二十条第（六）项</p>' +
        html(
          row(['信息内容', ['本年处理决定数量', 3]]),
          row(['行政处罚', ['18', 3]]),
          row(['行政强制', ['2', 3]]),
        ) +
        band('第二十条第（八）项', [], [['行政事业性收费', '1.25']]),
    ).blocks;
    const bandHints = new Map([[blocks.findIndex((b) => b.kind === 'paragraph') + 1, 'item-6']]);
    const tables = readTables(FORMAT_2021, blocks, { bandHints });
    const { cells } = assembleCells(
      FORMAT_2021,
      tables.parts.map((p) => p.part),
    );
    expect(tables.parts.map((p) => p.part.tableId)).toEqual(['t2', 't2', 't2', 't2']);
    expect(
      [
        't2:normative:in-force',
        't2:licensing:decisions',
        't2:penalty:decisions',
        't2:enforcement:decisions',
        't2:fees:amount',
      ].map((id) => (cells[id]?.state === 'read' ? cells[id].text : cells[id]?.state)),
    ).toEqual(['12', '46', '18', '2', '1.25']);
  });

  it('lists the figures of an extra 总计 column of table 四 without shifting the others', () => {
    const { cells, read: tables } = read(
      FORMAT_2021,
      htmlBlocks(
        html(
          row([
            ['行政复议', 5],
            ['行政诉讼', 10],
            ['总计', 1, 3],
          ]),
          row([...REVIEW_OUTCOMES, ['未经复议直接起诉', 5], ['复议后起诉', 5]]),
          OUTCOMES_TWICE,
          row(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '2', '0', '0', '0', '2', '3']),
        ),
      ).blocks,
    );
    expect(cells['t4:all:after-total']).toMatchObject({ text: '2' });
    expect(tables.parts[0]?.part.extras).toEqual([
      { label: '（无标签的一行）', values: ['3'], reason: '这些数不在任何一列的表头之下' },
    ]);
  });

  it('leaves a table of the report’s own unrecognised', () => {
    const tables = readTables(
      FORMAT_2019,
      htmlBlocks(html(row(['栏目', '条数']), row(['工作动态', '34']))).blocks,
    );
    expect(tables.parts).toEqual([]);
    expect(tables.unrecognised).toEqual([0]);
  });
});
