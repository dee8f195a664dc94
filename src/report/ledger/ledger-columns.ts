// The columns of the ledger's Excel and CSV files. The first label of each is the header the
// template writes; the others are headers of ledgers clerks already keep, read as the same column.
// None of them is an official label of the report's tables.

export interface LedgerColumn<K extends string> {
  readonly key: K;
  /** The header the template writes, and what messages call the column. */
  readonly label: string;
  /** Other headers read as this column. */
  readonly alsoRead: readonly string[];
  /** A sheet without this column is not a ledger sheet. */
  readonly required: boolean;
  /** Column width in the template, in characters. */
  readonly width: number;
}

export const REQUEST_COLUMNS: readonly LedgerColumn<
  'received' | 'applicant' | 'content' | 'outcome' | 'done'
>[] = [
  {
    key: 'received',
    label: '收到日期',
    alsoRead: ['收到申请日期', '收到时间', '收到申请时间', '申请日期', '申请时间', '收件日期'],
    required: true,
    width: 14,
  },
  {
    key: 'applicant',
    label: '申请人类型',
    alsoRead: ['申请人类别', '申请人性质'],
    required: true,
    width: 16,
  },
  {
    key: 'content',
    label: '申请内容',
    alsoRead: ['申请事项', '申请公开内容', '申请公开的内容', '申请公开的信息'],
    required: false,
    width: 36,
  },
  {
    key: 'outcome',
    label: '办理结果',
    alsoRead: ['答复结果', '处理结果', '答复类型'],
    required: true,
    width: 56,
  },
  {
    key: 'done',
    label: '办结日期',
    alsoRead: ['办结时间', '答复日期', '答复时间'],
    required: true,
    width: 14,
  },
];

export const CASE_COLUMNS: readonly LedgerColumn<'type' | 'result' | 'note'>[] = [
  { key: 'type', label: '案件类型', alsoRead: ['案件类别'], required: true, width: 20 },
  { key: 'result', label: '结果', alsoRead: ['审理结果', '案件结果', '办理结果'], required: true, width: 14 },
  { key: 'note', label: '说明', alsoRead: ['案由', '备注'], required: false, width: 40 },
];

/** Sheet names of the template. Reading finds the sheets by their header rows, not their names. */
export const LEDGER_SHEETS = { requests: '申请台账', cases: '复议诉讼案件', choices: '可选值' } as const;
