// The parts of the report that the 2019 and 2021 formats share, written once.
// Labels are the notices' text character for character (full-width punctuation included);
// see official-format.md. The two format files assemble these with their own differences.
import type { ColumnNode, LedgerRows, NarrativeSpec, RowNode, SectionSpec, TreeTable } from './spec-types';

export const SECTION_TITLES = {
  s1: '一、总体情况',
  s2: '二、主动公开政府信息情况',
  s3: '三、收到和处理政府信息公开申请情况',
  s4: '四、政府信息公开行政复议、行政诉讼情况',
  s5: '五、存在的主要问题及改进情况',
  s6: '六、其他需要报告的事项',
} as const;

/**
 * Section 一 in five subsections, the five aspects the notices name (条例第五十条; for people's
 * governments 监督保障 also covers 工作考核、社会评议和责任追究结果情况).
 */
export const SECTION_ONE_NARRATIVES: readonly NarrativeSpec[] = [
  {
    id: 's1-intro',
    label: '总体情况概述',
    guidance:
      '用一两段话概括本年度政府信息公开工作的总体情况：围绕哪些中心工作、做了哪些主要工作、取得了哪些成效。具体内容写在下面五个方面中。',
  },
  {
    id: 's1-active',
    heading: '（一）主动公开',
    label: '（一）主动公开',
    guidance:
      '写本年主动公开政府信息的情况：公开的主要内容和数量（如通过门户网站、公开栏、政务新媒体公开信息多少条），重点领域信息公开、政策解读、回应关切等。文中写到的数字应与第二部分表格一致。',
  },
  {
    id: 's1-request',
    heading: '（二）依申请公开',
    label: '（二）依申请公开',
    guidance:
      '写本年收到和办理政府信息公开申请的情况：收到申请多少件（没有收到也要写明）、办理流程和答复情况。文中写到的件数应与第三部分表格“本年新收”的总计一致。',
  },
  {
    id: 's1-management',
    heading: '（三）政府信息管理',
    label: '（三）政府信息管理',
    guidance:
      '写政府信息管理的情况：公开属性源头认定、保密审查、政府信息公开指南和目录的更新、对已公开信息的动态调整和清理等。',
  },
  {
    id: 's1-platform',
    heading: '（四）政府信息公开平台建设',
    label: '（四）政府信息公开平台建设',
    guidance:
      '写政府信息公开平台建设的情况：政府网站公开专栏、政务新媒体、政务公开专区和公开栏、查阅点等平台的建设和维护。',
  },
  {
    id: 's1-oversight',
    heading: '（五）监督保障',
    label: '（五）监督保障',
    guidance:
      '写监督保障的情况：领导机制、工作制度、培训；按照条例第五十条，乡镇人民政府还应写明工作考核、社会评议和责任追究结果情况（没有发生责任追究的也写明）。',
  },
];

/** The four results of a case in table 四, the same under each kind of case. */
export const APPEAL_RESULTS = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
] as const;

/** The column id of a kind of case and a result, e.g. `review-upheld`. */
export function appealColumnId(caseTypeId: string, resultId: string): string {
  return `${caseTypeId}-${resultId}`;
}

/** A kind of case: its four results and their total (R4). */
function caseColumns(id: string, label: string): ColumnNode {
  return {
    id,
    label,
    children: [
      ...APPEAL_RESULTS.map((o) => ({ id: appealColumnId(id, o.id), label: o.label })),
      { id: appealColumnId(id, 'total'), label: '总计', sumRule: 'R4' },
    ],
  };
}

/** Table 四: one row of 15 numbers (行政复议 5; 行政诉讼 split in two groups of 5). */
export const APPEALS_TABLE: TreeTable = {
  type: 'tree',
  id: 't4',
  kind: 'count',
  columns: [
    caseColumns('review', '行政复议'),
    {
      label: '行政诉讼',
      children: [caseColumns('direct', '未经复议直接起诉'), caseColumns('after', '复议后起诉')],
    },
  ],
  // Table 四 has no row label: one data row.
  rows: [{ id: 'all', label: '' }],
};

/** Table 三's columns: 申请人情况 over 自然人, 法人或其他组织 (five kinds) and 总计. */
const APPLICANT_COLUMNS: readonly ColumnNode[] = [
  {
    label: '申请人情况',
    children: [
      { id: 'natural', label: '自然人' },
      {
        label: '法人或其他组织',
        children: [
          { id: 'business', label: '商业企业' },
          { id: 'research', label: '科研机构' },
          { id: 'nonprofit', label: '社会公益组织' },
          { id: 'legal', label: '法律服务机构' },
          { id: 'other', label: '其他' },
        ],
      },
      { id: 'total', label: '总计', sumRule: 'R1' },
    ],
  },
];

const OUTCOME_ROWS_BEFORE_OTHER: readonly RowNode[] = [
  { id: 'open', label: '（一）予以公开', short: '（一）' },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: '（二）' },
  {
    label: '（三）不予公开',
    short: '（三）',
    children: [
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ].map((label, i) => ({ id: `withheld-${i + 1}`, label, short: `（三）${i + 1}` })),
  },
  {
    label: '（四）无法提供',
    short: '（四）',
    children: ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map(
      (label, i) => ({ id: `unavailable-${i + 1}`, label, short: `（四）${i + 1}` }),
    ),
  },
  {
    label: '（五）不予处理',
    short: '（五）',
    children: [
      '1.信访举报投诉类申请',
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].map((label, i) => ({ id: `unprocessed-${i + 1}`, label, short: `（五）${i + 1}` })),
  },
];

export const OTHER_HANDLING_LABEL = '（六）其他处理';

/** Table 三, given the format's （六）其他处理 row(s). */
export function applicationsTable(otherHandling: RowNode): TreeTable {
  return {
    type: 'tree',
    id: 't3',
    kind: 'count',
    corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    columns: APPLICANT_COLUMNS,
    rows: [
      { id: 'new', label: '一、本年新收政府信息公开申请数量', short: '一' },
      { id: 'carried', label: '二、上年结转政府信息公开申请数量', short: '二' },
      {
        label: '三、本年度办理结果',
        short: '三',
        children: [
          ...OUTCOME_ROWS_BEFORE_OTHER,
          otherHandling,
          { id: 'outcomes-total', label: '（七）总计', short: '（七）总计', sumRule: 'R2' },
        ],
      },
      { id: 'carry-forward', label: '四、结转下年度继续办理', short: '四' },
    ],
  };
}

export const FEE_NOTICE = '国办函〔2020〕109号';

export function textSection(
  id: 's5' | 's6',
  numeral: string,
  guidance: string,
  prompt?: string,
): SectionSpec {
  const title = SECTION_TITLES[id];
  return {
    id,
    title,
    numeral,
    narratives: [
      {
        id,
        label: title,
        guidance,
        ...(prompt === undefined ? {} : { prompt }),
        // 五 says how last year's problems were handled: the clerk needs last year's list in view.
        ...(id === 's5' ? { besideLastYear: true } : {}),
      },
    ],
  };
}

export const SECTION_FIVE_GUIDANCE =
  '写本年度工作中存在的主要问题、下一步的改进措施，以及上一年度报告所列问题的改进情况。避免空话套话，问题和措施要对应。';

export function sectionOne(): SectionSpec {
  return { id: 's1', title: SECTION_TITLES.s1, numeral: '一', narratives: SECTION_ONE_NARRATIVES };
}

export function sectionThree(otherHandling: RowNode): SectionSpec {
  return {
    id: 's3',
    title: SECTION_TITLES.s3,
    numeral: '三',
    narratives: [],
    table: applicationsTable(otherHandling),
  };
}

export function sectionFour(): SectionSpec {
  return { id: 's4', title: SECTION_TITLES.s4, numeral: '四', narratives: [], table: APPEALS_TABLE };
}

/** R3, stated in the corner of table 三: 一 + 二 = 三（七）总计 + 四, in every column. */
export const R3_BALANCE = {
  type: 'balance',
  id: 'R3',
  tableId: 't3',
  left: ['new', 'carried'],
  right: ['outcomes-total', 'carry-forward'],
} as const;

/** Where the request ledger counts, the same in both formats (see LedgerRows). */
export const LEDGER_ROWS: LedgerRows = {
  requestsTableId: 't3',
  newRow: 'new',
  carriedRow: 'carried',
  outcomesTotalRow: 'outcomes-total',
  carryForwardRow: 'carry-forward',
  casesTableId: APPEALS_TABLE.id,
  casesRow: 'all',
};
