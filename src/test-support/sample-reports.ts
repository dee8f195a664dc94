// Realistic reports of a township for both formats, with non-zero figures that satisfy the
// 勾稽 rules: the sample script renders them, the tests read them back. Figures are written by
// cell id; every other input cell is 0, as a complete report has it.
import { createReport } from '../report/create-report';
import type { Report } from '../report/report-schema';
import { inputCellIds } from '../template/content-schema';
import { getFormat } from '../template/formats';
import type { FormatId } from '../template/spec-types';

const T3_2021: Readonly<Record<string, string>> = {
  't3:new:natural': '6',
  't3:new:business': '2',
  't3:new:other': '1',
  't3:carried:natural': '1',
  't3:open:natural': '3',
  't3:open:business': '1',
  't3:partial:natural': '1',
  't3:withheld-4:business': '1',
  't3:unavailable-1:natural': '1',
  't3:unprocessed-2:other': '1',
  't3:carry-forward:natural': '1',
};

const T4: Readonly<Record<string, string>> = {
  't4:all:review-upheld': '1',
  't4:all:review-corrected': '1',
  't4:all:direct-upheld': '1',
  't4:all:after-pending': '1',
};

const SAMPLE_FIGURES: Readonly<Record<FormatId, Readonly<Record<string, string>>>> = {
  'format-2021': {
    't2:normative:issued': '3',
    't2:normative:abolished': '1',
    't2:normative:in-force': '12',
    't2:licensing:decisions': '46',
    't2:penalty:decisions': '18',
    't2:enforcement:decisions': '2',
    't2:fees:amount': '1.25',
    ...T3_2021,
    't3:other-handling-3:natural': '1',
    ...T4,
  },
  'format-2019': {
    't2:normative:made': '4',
    't2:normative:published': '4',
    't2:normative:public-total': '15',
    't2:licensing:last-year': '38',
    't2:licensing:change': '-3',
    't2:licensing:decisions': '52',
    't2:other-services:last-year': '21',
    't2:other-services:change': '2',
    't2:other-services:decisions': '310',
    't2:penalty:last-year': '9',
    't2:penalty:change': '1',
    't2:penalty:decisions': '15',
    't2:enforcement:last-year': '2',
    't2:enforcement:change': '0',
    't2:enforcement:decisions': '1',
    't2:fees:last-year': '3',
    't2:fees:change': '-1',
    't2:procurement:projects': '5',
    't2:procurement:amount': '251000元',
    ...T3_2021,
    't3:other-handling:natural': '1',
    ...T4,
  },
};

const NARRATIVES: Readonly<Record<string, string>> = {
  's1-intro':
    '本年度，我镇坚持以公开为常态、不公开为例外，围绕全镇中心工作，扎实推进政府信息公开工作，公开内容不断丰富，公开渠道不断拓宽。',
  's1-active':
    '全年通过县政府门户网站乡镇专栏、镇政务公开栏和政务新媒体主动公开政府信息186条，其中政策文件3条、政策解读5条、财政预决算2条、工作动态96条。\n重点做好乡村振兴、民生保障、安全生产等领域的信息公开。',
  's1-request': '全年共收到政府信息公开申请9件，上年结转1件，均在法定期限内答复，结转下年度继续办理1件。',
  's1-management':
    '严格落实公开属性源头认定和保密审查制度，及时更新政府信息公开指南和目录，对已公开信息进行动态调整。',
  's1-platform': '持续维护门户网站乡镇专栏和村务公开栏，在便民服务中心设置政务公开专区和查阅点。',
  's1-oversight':
    '成立以镇长为组长的政务公开工作领导小组，将政务公开纳入年度绩效考核。全年组织业务培训2次，未发生责任追究情况。',
  s5: '存在的主要问题：信息发布的及时性有待提高，政策解读形式较为单一。\n改进措施：加强信息员队伍培训，丰富图片、图表等解读形式。',
  s6: '本年度没有产生信息处理费。无其他需要报告的事项。',
};

export function sampleReport(formatId: FormatId): Report {
  const year = formatId === 'format-2021' ? 2021 : 2020;
  const report = createReport({
    agencyName: '阁山镇人民政府',
    year,
    formatId,
    now: new Date(`${year + 1}-01-10T08:00:00Z`),
    meta: {
      region: '樟树市',
      publishUrl: 'http://www.zhangshu.gov.cn',
      address: '樟树市阁山镇府前路1号',
      phone: '0795-7161260',
      postcode: '331200',
      signDate: `${year + 1}-01-21`,
    },
  });
  const figures = SAMPLE_FIGURES[formatId];
  const cells = Object.fromEntries(inputCellIds(getFormat(formatId)).map((id) => [id, figures[id] ?? '0']));
  const narratives = Object.fromEntries(
    getFormat(formatId).sections.flatMap((s) => s.narratives.map((n) => [n.id, NARRATIVES[n.id] ?? ''])),
  );
  return { ...report, cells, narratives };
}
