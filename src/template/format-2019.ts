// Format 2019: 国办公开办函〔2019〕60号, for the reports of 2019 and 2020.
// Differences from format 2021: section 二 counts items of the previous year and their change
// (`本年增/减`, which may be negative) and has （九） 政府集中采购; table 三's （六）其他处理 is one
// row; section 六 has no 信息处理费 prompt (国办函〔2020〕109号 came into force for 2021).
import {
  LEDGER_ROWS,
  OTHER_HANDLING_LABEL,
  R3_BALANCE,
  SECTION_FIVE_GUIDANCE,
  SECTION_TITLES,
  sectionFour,
  sectionOne,
  sectionThree,
  textSection,
} from './common-parts';
import type { BandTable, ColumnNode, FormatSpec } from './spec-types';

const HEAD = '信息内容';
const LAST_YEAR = { id: 'last-year', label: '上一年项目数量' } as const;
const CHANGE: ColumnNode = { id: 'change', label: '本年增/减', kind: 'signed-count' };
const DECISIONS = { id: 'decisions', label: '处理决定数量' } as const;

export const PROACTIVE_TABLE_2019: BandTable = {
  type: 'bands',
  id: 't2',
  dataColumns: 3,
  bands: [
    {
      id: 'item-1',
      item: '第二十条第（一）项',
      head: HEAD,
      columns: [
        { id: 'made', label: '本年新制作数量' },
        { id: 'published', label: '本年新公开数量' },
        { id: 'public-total', label: '对外公开总数量' },
      ],
      rows: [
        { id: 'regulation', label: '规章' },
        { id: 'normative', label: '规范性文件' },
      ],
    },
    {
      id: 'item-5',
      item: '第二十条第（五）项',
      head: HEAD,
      columns: [LAST_YEAR, CHANGE, DECISIONS],
      rows: [
        { id: 'licensing', label: '行政许可' },
        { id: 'other-services', label: '其他对外管理服务事项' },
      ],
    },
    {
      id: 'item-6',
      item: '第二十条第（六）项',
      head: HEAD,
      columns: [LAST_YEAR, CHANGE, DECISIONS],
      rows: [
        { id: 'penalty', label: '行政处罚' },
        { id: 'enforcement', label: '行政强制' },
      ],
    },
    {
      id: 'item-8',
      item: '第二十条第（八）项',
      head: HEAD,
      columns: [LAST_YEAR, CHANGE],
      rows: [{ id: 'fees', label: '行政事业性收费' }],
    },
    {
      id: 'item-9',
      item: '第二十条第（九）项',
      head: HEAD,
      columns: [
        { id: 'projects', label: '采购项目数量' },
        // The notice's header carries no unit; the amount is written with its unit in the cell.
        { id: 'amount', label: '采购总金额', kind: 'amount-with-unit' },
      ],
      rows: [{ id: 'procurement', label: '政府集中采购' }],
    },
  ],
};

export const FORMAT_2019: FormatSpec = {
  id: 'format-2019',
  notice: '国办公开办函〔2019〕60号',
  noticeTitle: '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》',
  noticeDate: '2019年11月',
  years: [2019, 2020],
  sections: [
    sectionOne(),
    { id: 's2', title: SECTION_TITLES.s2, numeral: '二', narratives: [], table: PROACTIVE_TABLE_2019 },
    sectionThree({ id: 'other-handling', label: OTHER_HANDLING_LABEL, short: '（六）' }),
    sectionFour(),
    textSection('s5', '五', SECTION_FIVE_GUIDANCE),
    textSection(
      's6',
      '六',
      '写其他需要报告的事项。没有的，写明“无”或“本年度没有其他需要报告的事项”。县级通知另有要求的（如人大代表建议和政协提案办理），在这里报告。',
    ),
  ],
  rules: [
    R3_BALANCE,
    {
      type: 'at-least',
      id: 'W-public-total',
      cell: 't2:normative:public-total',
      plus: ['t2:normative:published'],
      minus: [],
      message: '对外公开总数量少于本年新公开数量，请核对',
    },
    {
      type: 'township-zero',
      id: 'W-township-regulation',
      cells: ['t2:regulation:made', 't2:regulation:published', 't2:regulation:public-total'],
      message: '乡镇人民政府没有制定规章的权限，规章一行通常应全部为 0',
    },
  ],
  anchors: {
    applicationsReceived: 't3:new:total',
    reviewTotal: 't4:all:review-total',
    litigationTotals: ['t4:all:direct-total', 't4:all:after-total'],
    normativeIssued: 't2:normative:made',
  },
  carryOver: { tableId: 't3', fromRow: 'carry-forward', toRow: 'carried' },
  ledger: LEDGER_ROWS,
  // 上一年项目数量 is the count at the end of the year before, and 本年增/减 its change during the
  // year: so this year's 上一年项目数量 is last year's 上一年项目数量 + 本年增/减 (an inference from
  // the columns' meaning; the notice states no rule).
  continuity: PROACTIVE_TABLE_2019.bands
    .filter((band) => band.columns.some((c) => c.id === CHANGE.id))
    .flatMap((band) => band.rows)
    .map((row) => ({
      id: 'W-item-count-continuity',
      cell: `t2:${row.id ?? ''}:${LAST_YEAR.id}`,
      fromLastYear: [`t2:${row.id ?? ''}:${LAST_YEAR.id}`, `t2:${row.id ?? ''}:${CHANGE.id ?? ''}`],
      plus: [],
      minus: [],
      hint: '本年的上一年项目数量应为上年末的项目数量，请核对两年的报告',
    })),
};
