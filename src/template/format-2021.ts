// Format 2021: 国办公开办函〔2021〕30号 (26 Sep 2021), for the reports of 2021 onward.
// Differences from format 2019: section 二 has its own columns and no （九）; table 三's
// （六）其他处理 has three items; section 六 reports 信息处理费 under 国办函〔2020〕109号.
import {
  LEDGER_ROWS,
  FEE_NOTICE,
  OTHER_HANDLING_LABEL,
  R3_BALANCE,
  SECTION_FIVE_GUIDANCE,
  SECTION_TITLES,
  sectionFour,
  sectionOne,
  sectionThree,
  textSection,
} from './common-parts';
import type { BandTable, FormatSpec } from './spec-types';

const HEAD = '信息内容';
const DECISIONS = { id: 'decisions', label: '本年处理决定数量' } as const;

export const PROACTIVE_TABLE_2021: BandTable = {
  type: 'bands',
  id: 't2',
  dataColumns: 3,
  bands: [
    {
      id: 'item-1',
      item: '第二十条第（一）项',
      head: HEAD,
      columns: [
        { id: 'issued', label: '本年制发件数' },
        { id: 'abolished', label: '本年废止件数' },
        { id: 'in-force', label: '现行有效件数' },
      ],
      rows: [
        { id: 'regulation', label: '规章' },
        { id: 'normative', label: '行政规范性文件' },
      ],
    },
    {
      id: 'item-5',
      item: '第二十条第（五）项',
      head: HEAD,
      columns: [DECISIONS],
      rows: [{ id: 'licensing', label: '行政许可' }],
    },
    {
      id: 'item-6',
      item: '第二十条第（六）项',
      head: HEAD,
      columns: [DECISIONS],
      rows: [
        { id: 'penalty', label: '行政处罚' },
        { id: 'enforcement', label: '行政强制' },
      ],
    },
    {
      id: 'item-8',
      item: '第二十条第（八）项',
      head: HEAD,
      columns: [{ id: 'amount', label: '本年收费金额（单位：万元）', kind: 'money-wan' }],
      rows: [{ id: 'fees', label: '行政事业性收费' }],
    },
  ],
};

export const FORMAT_2021: FormatSpec = {
  id: 'format-2021',
  notice: '国办公开办函〔2021〕30号',
  noticeTitle:
    '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》',
  noticeDate: '2021年9月26日',
  years: [2021, undefined],
  sections: [
    sectionOne(),
    { id: 's2', title: SECTION_TITLES.s2, numeral: '二', narratives: [], table: PROACTIVE_TABLE_2021 },
    sectionThree({
      label: OTHER_HANDLING_LABEL,
      short: '（六）',
      children: [
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        '3.其他',
      ].map((label, i) => ({ id: `other-handling-${i + 1}`, label, short: `（六）${i + 1}` })),
    }),
    sectionFour(),
    textSection('s5', '五', SECTION_FIVE_GUIDANCE),
    textSection(
      's6',
      '六',
      '写其他需要报告的事项。没有的，写明“无”或“本年度没有其他需要报告的事项”。县级通知另有要求的（如人大代表建议和政协提案办理、年度政务公开工作要点落实情况），在这里报告。',
      `按照《政府信息公开信息处理费管理办法》（${FEE_NOTICE}）报告信息处理费的收取情况：发出收费通知的件数和总金额、实际收取的金额；没有收取的，写明“本年度没有产生信息处理费”。`,
    ),
  ],
  rules: [
    R3_BALANCE,
    {
      type: 'at-least',
      id: 'W-in-force',
      cell: 't2:normative:in-force',
      plus: ['t2:normative:issued'],
      minus: ['t2:normative:abolished'],
      message: '现行有效件数少于本年制发件数减去本年废止件数，请核对',
    },
    {
      type: 'township-zero',
      id: 'W-township-regulation',
      cells: ['t2:regulation:issued', 't2:regulation:abolished', 't2:regulation:in-force'],
      message: '乡镇人民政府没有制定规章的权限，规章一行通常应全部为 0',
    },
  ],
  anchors: {
    applicationsReceived: 't3:new:total',
    reviewTotal: 't4:all:review-total',
    litigationTotals: ['t4:all:direct-total', 't4:all:after-total'],
    normativeIssued: 't2:normative:issued',
  },
  carryOver: { tableId: 't3', fromRow: 'carry-forward', toRow: 'carried' },
  ledger: LEDGER_ROWS,
  feeStatement: { narrativeId: 's6', unpaidCell: 't3:other-handling-2:total' },
  // The stock of documents in force moves by what is issued and abolished: last year's
  // 现行有效件数 + 本年制发件数 − 本年废止件数, for each row of 第二十条第（一）项.
  continuity: (PROACTIVE_TABLE_2021.bands[0]?.rows ?? []).map((row) => ({
    id: 'W-in-force-continuity',
    cell: `t2:${row.id ?? ''}:in-force`,
    fromLastYear: [`t2:${row.id ?? ''}:in-force`],
    plus: [`t2:${row.id ?? ''}:issued`],
    minus: [`t2:${row.id ?? ''}:abolished`],
    hint: '文件因有效期届满等原因失效而未计入本年废止件数的，会造成差异，请核对或在报告中说明',
  })),
};
