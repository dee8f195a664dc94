import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html-blocks';
import type { UnrecognisedTable } from './imported-report';
import { recogniseReport } from './recognise-report';
import type { SourceDocument } from './source-document';
import { textBlocks } from './text-blocks';

const TODAY = new Date(2026, 0, 15);

const T2_2021 =
  '第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t3\t1\t12';
const T4 = [
  '行政复议\t\t\t\t\t行政诉讼',
  '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
  '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
  '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
].join('\n');

const text = (s: string): SourceDocument => ({ kind: 'text', blocks: textBlocks(s) });

describe('recogniseReport lists what fits nowhere', () => {
  const page = htmlBlocks(`
    <p>首页 &gt; 政务公开 &gt; 年度报告</p>
    <p>某镇2021年政府信息公开工作年度报告</p>
    <p>一、总体情况</p><p>本年度情况良好。</p>
    <table><tr><td>栏目</td><td>条数</td></tr><tr><td>工作动态</td><td>34</td></tr></table>
    <p>二、主动公开政府信息情况</p>
    <table><tr><td colspan=4>第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr></table>
    <p>注：规章一栏不适用于乡镇。</p>
    <p>六、其他需要报告的事项</p><p>无。</p>
    <p>某镇人民政府</p><p>2022年1月20日</p>
    <p>【打印本页】【关闭窗口】</p>`);
  const result = recogniseReport({ kind: 'html', blocks: page.blocks }, { today: TODAY });
  if (!result.ok) throw new Error(result.reason);
  const r = result.report;

  it('text before the title, text in a section of tables, text after the signature', () => {
    expect(r.unplaced).toEqual([
      { text: '【打印本页】【关闭窗口】', where: '落款之后' },
      { text: '注：规章一栏不适用于乡镇。', where: '二、主动公开政府信息情况' },
      { text: '首页 > 政务公开 > 年度报告', where: '标题之前' },
    ]);
    expect(r.signatory).toBe('某镇人民政府');
    expect(r.signDate).toBe('2022-01-20');
    expect(r.narratives.s6?.text).toBe('无。');
  });

  it('a table that is none of the report’s, with its cells and where it stood', () => {
    const expected: UnrecognisedTable[] = [
      {
        where: '一、总体情况',
        rows: [
          ['栏目', '条数'],
          ['工作动态', '34'],
        ],
      },
    ];
    expect(r.unrecognisedTables).toEqual(expected);
  });

  it('the sections whose heading was not found, and the tables not found, blank with why', () => {
    expect(r.notes).toEqual([
      '没有找到这些部分的标题：“三、收到和处理政府信息公开申请情况”、“四、政府信息公开行政复议、行政诉讼情况”、“五、存在的主要问题及改进情况”；其内容如在别处，请核对',
    ]);
    expect(r.cells['t3:new:natural']).toEqual({ state: 'blank', why: 'no-table' });
    expect(r.cells['t2:regulation:issued']).toEqual({ state: 'blank', why: 'no-row' });
    expect(r.tables.map((t) => [t.tableId, t.parts])).toEqual([
      ['t2', 1],
      ['t3', 0],
      ['t4', 0],
    ]);
  });
});

describe('recogniseReport chooses the format', () => {
  it('by the tables when no year is found, and says the year is missing', () => {
    const r = recogniseReport(text(`一、总体情况\n正文。\n二、主动公开政府信息情况\n${T2_2021}`), {
      today: TODAY,
    });
    expect(r.ok && r.report.year).toEqual({ value: undefined, foundIn: 'none' });
    expect(r.ok && r.report.formatId).toBe('format-2021');
    expect(r.ok && r.report.notes[0]).toBe('没有找到报告年度（标题和统计期限中都没有），请填写报告年度');
  });

  it('by the year, saying when the tables follow the other format', () => {
    const r = recogniseReport(
      text(
        `某镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n${T2_2021}\n\n四、政府信息公开行政复议、行政诉讼情况\n${T4}`,
      ),
      {
        today: TODAY,
      },
    );
    expect(r.ok && r.report.formatId).toBe('format-2019');
    expect(r.ok && r.report.formatOfTables).toBe('format-2021');
    expect(r.ok && r.report.notes).toContain(
      '2020年度报告应使用国办公开办函〔2019〕60号的格式，但原报告第二部分的表格与国办公开办函〔2021〕30号的格式相符：已按国办公开办函〔2019〕60号的格式读取，对不上的行和数列在各表下方',
    );
  });

  it('by the year the person gives, reading the same blocks again', () => {
    const document = text(`某镇2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n${T2_2021}`);
    const r = recogniseReport(document, { year: 2022, today: TODAY });
    expect(r.ok && r.report.year).toEqual({ value: 2022, foundIn: 'text' });
    expect(r.ok && r.report.cells['t2:normative:in-force']).toMatchObject({ text: '12' });
  });

  it('refuses a document in which no table of the report is found', () => {
    expect(recogniseReport(text('某镇2021年政府信息公开工作年度报告\n一、总体情况\n正文。'))).toEqual({
      ok: false,
      reason:
        '没有认出年度报告的表格：第二、三、四部分的表格一个也没有找到。请确认这是政府信息公开工作年度报告；从网页或 Word 复制时，请连同表格一起复制',
    });
  });
});
