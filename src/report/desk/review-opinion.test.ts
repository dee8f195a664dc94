import { describe, expect, it } from 'vitest';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { TODAY, entryOf, importedEntry, ownParagraph, townReport } from './fixtures/desk-reports';
import { reviewDesk } from './review-desk';
import { reviewOpinion } from './review-opinion';

const t3 = (carried: string, open: string, forward: string) => ({
  't3:new:natural': '4',
  't3:carried:natural': carried,
  't3:open:natural': open,
  't3:carry-forward:natural': forward,
});

function desk() {
  const copied = ownParagraph(1);
  const entries = [
    importedEntry('q21', QIANHU_2021, { kind: 'docx', fileName: '千户镇2021.docx' }),
    entryOf('q22', townReport('千户镇人民政府', 2022, { cells: t3('1', '3', '2'), signDate: '2023-02-10' })),
    entryOf('g22', townReport('阁山镇人民政府', 2022, { narratives: { s5: copied } })),
    entryOf('p22', townReport('潘庄镇人民政府', 2022, { narratives: { s5: copied } })),
  ];
  return reviewDesk(entries, {
    today: TODAY,
    expected: { names: ['千户镇', '阁山镇', '潘庄镇', '黄岗乡'], year: 2022 },
  });
}

const officeId = (review: ReturnType<typeof desk>, name: string) =>
  review.offices.find((o) => o.name === name)?.id ?? '';

describe('reviewOpinion (审查意见)', () => {
  it('lists the report’s own findings by section, cells by their accessible names', () => {
    const review = desk();
    const o = reviewOpinion(review, officeId(review, '千户镇人民政府'), 2021);
    expect(o.title).toBe('千户镇人民政府2021年度政府信息公开工作年度报告审查意见');
    expect(o.report).toEqual({
      entryId: 'q21',
      formatNotice: '国办公开办函〔2021〕30号',
      source: 'Word 文件“千户镇2021.docx”',
    });
    expect(o.sections.map((s) => [s.title, s.items.map((i) => i.ruleId)])).toEqual([
      ['基本信息', ['blank-text']],
      ['一、总体情况', ['blank-text', 'blank-text']],
      ['三、收到和处理政府信息公开申请情况', ['R6', 'blank']],
      ['六、其他需要报告的事项', ['W-fee-silent']],
    ]);
    const r6 = o.sections[2]?.items[0];
    expect(r6).toEqual({
      ruleId: 'R6',
      severity: 'error',
      cells: ['四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构'],
      where: '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构',
      message: '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构：“00”有多余的前导零，应写作“0”',
    });
    expect(o.sections[1]?.items[0]?.where).toBe('（二）依申请公开');
    expect(o.acrossReports).toEqual([]);
    expect([o.errors, o.warnings]).toEqual([2, 4]);
    expect(o.conclusion).toBe('经审查，发现错误 2 处、需核对的提醒 4 处。请逐项核对，修改后重新报送。');
  });

  it('adds what the desk found across reports: R5 with last year, and the late 成文日期 once', () => {
    const review = desk();
    const o = reviewOpinion(review, officeId(review, '千户镇人民政府'), 2022);
    expect(o.sections).toEqual([]);
    expect(o.acrossReports.map((a) => [a.ruleId, a.message])).toEqual([
      [
        'R5',
        '自然人列：二、上年结转政府信息公开申请数量（1）应等于2021年度报告的“四、结转下年度继续办理”（0）',
      ],
      ['W-deadline', '成文日期2023年2月10日，晚于2023年1月31日的公布期限 10 天'],
    ]);
    expect([o.errors, o.warnings]).toEqual([1, 1]);
  });

  it('says 内容雷同 from each office’s side, with both paragraphs, its own first', () => {
    const review = desk();
    const g = reviewOpinion(review, officeId(review, '阁山镇人民政府'), 2022);
    const p = reviewOpinion(review, officeId(review, '潘庄镇人民政府'), 2022);
    expect(g.acrossReports.map((a) => a.message)).toEqual([
      '“五、存在的主要问题及改进情况”第1段与潘庄镇人民政府2022年度报告“五、存在的主要问题及改进情况”第1段完全相同',
    ]);
    expect(p.acrossReports.map((a) => a.message)).toEqual([
      '“五、存在的主要问题及改进情况”第1段与阁山镇人民政府2022年度报告“五、存在的主要问题及改进情况”第1段完全相同',
    ]);
    expect(p.acrossReports[0]?.passages?.map((x) => x.entryId)).toEqual(['p22', 'g22']);
  });

  it('for an office that sent nothing, says so', () => {
    const review = desk();
    const id = review.findings.find((f) => f.ruleId === 'D-missing')?.offices[0]?.id ?? '';
    const o = reviewOpinion(review, id, 2022);
    expect(o.report).toBeUndefined();
    expect(o.acrossReports.map((a) => a.message)).toEqual(['应报单位“黄岗乡”没有2022年度报告']);
    expect(o.conclusion).toBe('审查汇总中没有收到本机关2022年度报告，请按要求报送。');
  });
});
