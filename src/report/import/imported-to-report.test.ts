import { describe, expect, it } from 'vitest';
import { importedToReport, type ConfirmedDetails, type ConversionResult } from './imported-to-report';
import { readPastedReport, type PastedContent } from './read-pasted-report';
import { readContacts } from './read-contacts';
import { recogniseReport } from './recognise-report';

const TODAY = new Date(2026, 0, 15);

/** A small report as a page: table 三 prints a total that disagrees and a cell reading 无. */
const PAGE = `
<p>某镇2021年政府信息公开工作年度报告</p>
<p>本报告电子版可在县政府门户网站（http://www.example.gov.cn）查阅。地址：某县某镇府前路1号，邮编：331200，电话：0795-7161260。</p>
<p>一、总体情况</p><p>（一）主动公开</p><p>全年主动公开信息12条。</p>
<p>二、主动公开政府信息情况</p>
<table>
<tr><td colspan=4>第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>无</td><td>12</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table>
<tr><td colspan=3 rowspan=3></td><td colspan=7>申请人情况</td></tr>
<tr><td rowspan=2>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan=3>一、本年新收政府信息公开申请数量</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
</table>
<p>六、其他需要报告的事项</p><p>无。</p>
<p>某镇人民政府</p><p>2022年1月20日</p>`;

function imported(options: { year?: number } = {}) {
  const r = readPastedReport({ html: PAGE, text: '' }, { today: TODAY, ...options });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

const CONFIRMED: ConfirmedDetails = { agencyName: '某镇人民政府', year: 2021 };

function created(result: ConversionResult) {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('importedToReport', () => {
  it('stores figures read, keeps what could not be read for the editor to mark, never stores totals', () => {
    const { report } = imported();
    expect(report.cells['t2:normative:abolished']).toEqual({
      state: 'unreadable',
      source: '无',
      reason: '“无”不是数字',
    });
    const r = created(importedToReport(report, CONFIRMED, { today: TODAY }));
    expect(r.report.cells['t2:normative:issued']).toBe('3');
    expect(r.report.cells['t2:normative:abolished']).toBe('无');
    expect(r.report.cells['t3:new:total']).toBeUndefined();
    expect(r.report.cells['t3:carried:natural']).toBeUndefined();
    expect(r.report.meta).toMatchObject({
      agencyName: '某镇人民政府',
      signatory: '某镇人民政府',
      signDate: '2022-01-20',
      publishUrl: 'http://www.example.gov.cn',
      postcode: '331200',
      phone: '0795-7161260',
      address: '某县某镇府前路1号',
    });
    expect(r.report.narratives['s1-active']).toBe('全年主动公开信息12条。');
  });

  it('adds the printed total that disagrees with its parts to the rules’ findings', () => {
    const { report } = imported();
    expect(report.totalsFindings.map((f) => [f.ruleId, f.cells[0]])).toEqual([['R1', 't3:new:total']]);
    expect(report.totalsFindings[0]?.message).toBe(
      '原表印的合计与各项之和不符：一 行：总计（4）应等于自然人（2）＋商业企业（1）＋科研机构（0）＋社会公益组织（0）＋法律服务机构（0）＋其他（0）＝3',
    );
    const r = created(importedToReport(report, CONFIRMED, { today: TODAY }));
    expect(r.findings.map((f) => f.ruleId)).toContain('R1');
    expect(r.findings.filter((f) => f.ruleId === 'R6').map((f) => f.cells)).toEqual([
      ['t2:normative:abolished'],
    ]);
  });

  it('refuses an empty office name, and a year whose format the tables were not read in', () => {
    const { report, document } = imported();
    expect(importedToReport(report, { agencyName: ' ', year: 2021 })).toEqual({
      ok: false,
      reason: '请填写机关名称',
    });
    const r = importedToReport(report, { agencyName: '某镇', year: 2020 }, { today: TODAY });
    expect(r.ok ? '' : r.reason).toBe(
      '2020 年度报告适用国办公开办函〔2019〕60号的格式，而表格是按国办公开办函〔2021〕30号的格式读取的：请按新的年度重新识别',
    );
    // read again for that year: the 2019 format, whose labels the 2021 table does not have
    const again = recogniseReport(document, { year: 2020, today: TODAY });
    expect(again.ok && again.report.formatId).toBe('format-2019');
    expect(again.ok && again.report.notes.join('')).toContain('与国办公开办函〔2021〕30号的格式相符');
  });
});

describe('readPastedReport', () => {
  it('prefers the HTML, and falls back to the text when the HTML lost the tables', () => {
    const text =
      '某镇2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n行政规范性文件\t3\t1\t12';
    const pasted: PastedContent = {
      html: '<p>某镇2021年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>',
      text,
    };
    const r = readPastedReport(pasted);
    expect(r.ok && r.report.sourceKind).toBe('text');
    expect(r.ok && r.report.cells['t2:normative:in-force']).toMatchObject({ text: '12' });
  });

  it('says so when nothing was pasted', () => {
    expect(readPastedReport({ text: ' ' })).toEqual({
      ok: false,
      reason: '没有粘贴任何内容：请先复制报告全文（连同表格），再粘贴到“报告内容”中',
    });
  });
});

describe('readContacts', () => {
  it('takes only what the preamble labels', () => {
    expect(
      readContacts('如有疑问，请联系镇党政办（电话：0938—6381001，电子邮箱：qaxahzzf@163.com）。'),
    ).toEqual({
      phone: '0938—6381001',
      email: 'qaxahzzf@163.com',
    });
    expect(readContacts('本年度共办理申请3件。')).toEqual({});
  });
});
