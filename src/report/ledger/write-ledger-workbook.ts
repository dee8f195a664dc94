// The ledger as an .xlsx workbook: the template (下载台账模板) when the lists are empty, the
// ledger itself (导出台账) otherwise. Sheet 申请台账 has exactly the columns 收到日期, 申请人类型,
// 申请内容, 办理结果, 办结日期; 复议诉讼案件 the case list; 可选值 the allowed values, which the
// drop-down lists of the first two sheets point to. Dates are real Excel dates. Bytes out, no DOM.
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { getCellAddress } from 'write-excel-file/utility';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { LedgerVocabulary } from '../../template/ledger/ledger-choice';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';
import { dataValidationFeature, type DefinedName, type SheetValidation } from './data-validation-feature';
import { CASE_COLUMNS, LEDGER_SHEETS, REQUEST_COLUMNS } from './ledger-columns';
import { MAX_LEDGER_CASES, MAX_LEDGER_REQUESTS, type LedgerCase, type LedgerRequest } from './ledger-schema';

const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#EEEEEE' } as const;

const header = (label: string): Cell => ({ value: label, ...HEADER_STYLE });

function dateCell(iso: string): Cell {
  if (iso === '') return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { value: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)), type: Date, format: DATE_FORMAT };
}

const nameOf = (vocabulary: LedgerVocabulary, id: string) =>
  vocabulary.choices.find((c) => c.id === id)?.name ?? '';

/** A column of the given vocabulary's names on the 可选值 sheet, and the defined name over it. */
function listColumn(
  column: number,
  vocabulary: LedgerVocabulary,
  name: string,
): { readonly values: readonly string[]; readonly defined: DefinedName } {
  const values = vocabulary.choices.map((c) => c.name);
  const from = getCellAddress(1, column).replace(/([A-Z]+)(\d+)/u, '$$$1$$$2');
  const to = getCellAddress(values.length, column).replace(/([A-Z]+)(\d+)/u, '$$$1$$$2');
  return { values, defined: { name, refersTo: `'${LEDGER_SHEETS.choices}'!${from}:${to}` } };
}

/** The column letter of the i-th column (from 0). */
const letter = (i: number) => getCellAddress(0, i).replace(/\d+$/u, '');

/** A range over the data rows of a column: row 2 to the last row a ledger may have. */
const dataRange = (column: number, rows: number) => `${letter(column)}2:${letter(column)}${rows + 1}`;

export async function writeLedgerWorkbook(
  format: FormatSpec,
  ledger: { readonly requests: readonly LedgerRequest[]; readonly cases: readonly LedgerCase[] } = {
    requests: [],
    cases: [],
  },
): Promise<Uint8Array> {
  const applicants = applicantTypes(format);
  const outcomes = outcomeOptions(format);
  const { types, results } = caseVocabulary(format);

  const requestRows: SheetData = [
    REQUEST_COLUMNS.map((c) => header(c.label)),
    ...ledger.requests.map((r): Cell[] =>
      REQUEST_COLUMNS.map((c) => {
        switch (c.key) {
          case 'received':
            return dateCell(r.received);
          case 'done':
            return dateCell(r.done);
          case 'applicant':
            return nameOf(applicants, r.applicant) || null;
          case 'outcome':
            return nameOf(outcomes, r.outcome) || null;
          case 'content':
            return r.content || null;
        }
      }),
    ),
  ];
  const caseRows: SheetData = [
    CASE_COLUMNS.map((c) => header(c.label)),
    ...ledger.cases.map((k): Cell[] => [
      nameOf(types, k.type) || null,
      nameOf(results, k.result) || null,
      k.note || null,
    ]),
  ];

  // The 可选值 sheet: one column per list. Its headers are not ledger headers, so reading a filled
  // template never takes this sheet for a ledger.
  const lists = [
    { label: `可选的${applicants.what}`, ...listColumn(0, applicants, 'LedgerApplicantTypes') },
    { label: `可选的${outcomes.what}`, ...listColumn(1, outcomes, 'LedgerOutcomes') },
    { label: `可选的${types.what}`, ...listColumn(2, types, 'LedgerCaseTypes') },
    { label: `可选的${results.what}`, ...listColumn(3, results, 'LedgerCaseResults') },
  ];
  const longest = Math.max(...lists.map((l) => l.values.length));
  const choiceRows: SheetData = [
    lists.map((l) => header(l.label)),
    ...Array.from({ length: longest }, (_, i) => lists.map((l) => l.values[i] ?? null)),
  ];

  const col = (key: string) => REQUEST_COLUMNS.findIndex((c) => c.key === key);
  const pick = '请从下拉列表中选择';
  const dateHint = '请填写日期，如 2023-01-05；尚未办结的申请，办结日期留空';
  const requestChecks: SheetValidation[] = [
    {
      type: 'date',
      range: dataRange(col('received'), MAX_LEDGER_REQUESTS),
      title: REQUEST_COLUMNS[col('received')]?.label ?? '',
      message: dateHint,
    },
    {
      type: 'list',
      range: dataRange(col('applicant'), MAX_LEDGER_REQUESTS),
      listName: 'LedgerApplicantTypes',
      title: applicants.what,
      message: pick,
    },
    {
      type: 'list',
      range: dataRange(col('outcome'), MAX_LEDGER_REQUESTS),
      listName: 'LedgerOutcomes',
      title: outcomes.what,
      message: `${pick}；尚未办结的申请留空`,
    },
    {
      type: 'date',
      range: dataRange(col('done'), MAX_LEDGER_REQUESTS),
      title: REQUEST_COLUMNS[col('done')]?.label ?? '',
      message: dateHint,
    },
  ];
  const caseChecks: SheetValidation[] = [
    {
      type: 'list',
      range: dataRange(0, MAX_LEDGER_CASES),
      listName: 'LedgerCaseTypes',
      title: types.what,
      message: pick,
    },
    {
      type: 'list',
      range: dataRange(1, MAX_LEDGER_CASES),
      listName: 'LedgerCaseResults',
      title: results.what,
      message: pick,
    },
  ];

  const blob = await writeExcelFile(
    [
      {
        sheet: LEDGER_SHEETS.requests,
        data: requestRows,
        columns: REQUEST_COLUMNS.map((c) => ({ width: c.width })),
        stickyRowsCount: 1,
        // The outcome column is wide: printed on one page across, as clerks print their ledger.
        orientation: 'landscape',
      },
      {
        sheet: LEDGER_SHEETS.cases,
        data: caseRows,
        columns: CASE_COLUMNS.map((c) => ({ width: c.width })),
        stickyRowsCount: 1,
      },
      {
        sheet: LEDGER_SHEETS.choices,
        data: choiceRows,
        columns: [{ width: 16 }, { width: 80 }, { width: 20 }, { width: 12 }],
      },
    ],
    {
      features: [
        dataValidationFeature(
          [requestChecks, caseChecks, []],
          lists.map((l) => l.defined),
        ),
      ],
    },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
