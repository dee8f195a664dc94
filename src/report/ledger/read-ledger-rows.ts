// The ledger's rows as a spreadsheet or CSV file holds them, read into requests and cases. Pure:
// the file readers (readLedgerFile) turn bytes into sheets of cells; this reads the cells.
import { applicantTypes } from '../../template/ledger/applicant-types';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import type { LedgerVocabulary } from '../../template/ledger/ledger-choice';
import { labelCore, normalizeLabel } from '../../template/ledger/normalize-label';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import { resolveChoice } from '../../template/ledger/resolve-choice';
import type { FormatSpec } from '../../template/spec-types';
import { CASE_COLUMNS, REQUEST_COLUMNS, type LedgerColumn } from './ledger-columns';
import {
  MAX_CASE_NOTE,
  MAX_LEDGER_CASES,
  MAX_LEDGER_REQUESTS,
  MAX_REQUEST_CONTENT,
  type LedgerCase,
  type LedgerRequest,
} from './ledger-schema';
import { readLedgerDate } from './read-ledger-date';

/** A sheet's cells as read: strings, numbers, booleans, dates or null (empty). */
export interface SheetRows {
  readonly name: string;
  /** Row i is the sheet's row i + 1, as a spreadsheet numbers it. */
  readonly rows: readonly (readonly unknown[])[];
}

/** A row the reader could not read, with the reason. */
export interface RowProblem {
  readonly sheet: string;
  /** The row's number in the sheet, from 1, as the spreadsheet shows it. */
  readonly row: number;
  readonly message: string;
}

export interface SheetSummary {
  readonly sheet: string;
  readonly kind: 'requests' | 'cases';
  readonly count: number;
}

export type LedgerReadResult =
  | {
      readonly ok: true;
      readonly requests?: readonly LedgerRequest[];
      readonly cases?: readonly LedgerCase[];
      readonly sheets: readonly SheetSummary[];
      /** What the file holds, e.g. `共 10 条申请`. */
      readonly summary: string;
    }
  | { readonly ok: false; readonly reason: string; readonly problems: readonly RowProblem[] };

/** How far down a header row may be: clerks' ledgers often start with a title and a blank row. */
const HEADER_SEARCH_ROWS = 20;

const headerKey = (text: string) => labelCore(normalizeLabel(text)).replace(/[*＊]+$/u, '');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

type Header<K extends string> = ReadonlyMap<K, number>;

/** The header row of a sheet for `columns`: its index, and the sheet column of each ledger column. */
function findHeader<K extends string>(
  rows: SheetRows['rows'],
  columns: readonly LedgerColumn<K>[],
): { readonly index: number; readonly header: Header<K> } | { readonly duplicate: string } | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const keys = (rows[index] ?? []).map((v) => headerKey(cellText(v)));
    const header = new Map<K, number>();
    for (const column of columns) {
      // The template's own header first, then the other names, each in the leftmost column.
      const names = [column.label, ...column.alsoRead].map(headerKey);
      for (const name of names) {
        const at = keys.indexOf(name);
        if (at < 0) continue;
        if (keys.indexOf(name, at + 1) >= 0) return { duplicate: column.label };
        header.set(column.key, at);
        break;
      }
    }
    if (columns.every((c) => !c.required || header.has(c.key))) return { index, header };
  }
  return undefined;
}

function isBlank(row: readonly unknown[] | undefined): boolean {
  return !row || row.every((v) => cellText(v) === '');
}

function choiceId(vocabulary: LedgerVocabulary, raw: string, problems: string[]): string {
  if (raw === '') return '';
  const r = resolveChoice(vocabulary, raw);
  if (r.ok) return r.choice.id;
  problems.push(r.reason);
  return '';
}

function dateOf(label: string, value: unknown, problems: string[]): string {
  const d = readLedgerDate(value);
  if ('date' in d) return d.date;
  problems.push(`${label}${d.reason}`);
  return '';
}

function readRequest(
  format: FormatSpec,
  row: readonly unknown[],
  header: Header<(typeof REQUEST_COLUMNS)[number]['key']>,
  id: string,
): { readonly request: LedgerRequest } | { readonly problems: readonly string[] } {
  const at = (key: (typeof REQUEST_COLUMNS)[number]['key']) => {
    const i = header.get(key);
    return i === undefined ? null : row[i];
  };
  const label = (key: string) => REQUEST_COLUMNS.find((c) => c.key === key)?.label ?? key;
  const problems: string[] = [];
  const received = dateOf(label('received'), at('received'), problems);
  if (received === '' && cellText(at('received')) === '') problems.push(`没有填写${label('received')}`);
  const applicantText = cellText(at('applicant'));
  if (applicantText === '') problems.push(`没有填写${label('applicant')}`);
  const applicant = choiceId(applicantTypes(format), applicantText, problems);
  const content = cellText(at('content'));
  if (content.length > MAX_REQUEST_CONTENT)
    problems.push(`${label('content')}有 ${content.length} 字，最多 ${MAX_REQUEST_CONTENT} 字`);
  const outcome = choiceId(outcomeOptions(format), cellText(at('outcome')), problems);
  const done = dateOf(label('done'), at('done'), problems);
  if (problems.length === 0) {
    if (done !== '' && done < received) problems.push(`${label('done')}早于${label('received')}`);
    if (outcome !== '' && done === '') problems.push(`有${label('outcome')}，但没有填写${label('done')}`);
    if (outcome === '' && done !== '') problems.push(`有${label('done')}，但没有填写${label('outcome')}`);
  }
  if (problems.length > 0) return { problems };
  return { request: { id, received, applicant, content, outcome, done } };
}

function readCase(
  format: FormatSpec,
  row: readonly unknown[],
  header: Header<(typeof CASE_COLUMNS)[number]['key']>,
  id: string,
): { readonly case: LedgerCase } | { readonly problems: readonly string[] } {
  const at = (key: (typeof CASE_COLUMNS)[number]['key']) => {
    const i = header.get(key);
    return cellText(i === undefined ? null : row[i]);
  };
  const { types, results } = caseVocabulary(format);
  const problems: string[] = [];
  for (const c of CASE_COLUMNS) if (c.required && at(c.key) === '') problems.push(`没有填写${c.label}`);
  const type = choiceId(types, at('type'), problems);
  const result = choiceId(results, at('result'), problems);
  const note = at('note');
  if (note.length > MAX_CASE_NOTE) problems.push(`说明有 ${note.length} 字，最多 ${MAX_CASE_NOTE} 字`);
  return problems.length > 0 ? { problems } : { case: { id, type, result, note } };
}

const MAX_PROBLEMS_LISTED = 200;

/**
 * Reads the sheets of a ledger file: every sheet whose header row has the request columns
 * (收到日期, 申请人类型, 办理结果, 办结日期; 申请内容 optional) gives requests, every sheet with the
 * case columns gives cases. Columns may be in any order, among others (an applicant's name column is
 * never read); blank rows are skipped. All or nothing: one row that cannot be read makes the whole
 * file refused, with every such row listed by its number and reason.
 */
export function readLedgerRows(
  format: FormatSpec,
  sheets: readonly SheetRows[],
  newId: () => string = () => globalThis.crypto.randomUUID(),
): LedgerReadResult {
  const requests: LedgerRequest[] = [];
  const cases: LedgerCase[] = [];
  const problems: RowProblem[] = [];
  const summaries: SheetSummary[] = [];
  let sawRequests = false;
  let sawCases = false;
  for (const sheet of sheets) {
    const forRequests = findHeader(sheet.rows, REQUEST_COLUMNS);
    const forCases = forRequests && 'index' in forRequests ? undefined : findHeader(sheet.rows, CASE_COLUMNS);
    const found = forRequests ?? forCases;
    if (!found) continue;
    if ('duplicate' in found) {
      return {
        ok: false,
        reason: `工作表“${sheet.name}”有两列都是“${found.duplicate}”，请删去一列后再导入`,
        problems: [],
      };
    }
    const kind = forRequests ? 'requests' : 'cases';
    let count = 0;
    for (let i = found.index + 1; i < sheet.rows.length; i++) {
      const row = sheet.rows[i];
      if (!row || isBlank(row)) continue;
      const read =
        kind === 'requests'
          ? readRequest(format, row, found.header as Header<(typeof REQUEST_COLUMNS)[number]['key']>, newId())
          : readCase(format, row, found.header as Header<(typeof CASE_COLUMNS)[number]['key']>, newId());
      if ('problems' in read) {
        problems.push({ sheet: sheet.name, row: i + 1, message: read.problems.join('；') });
      } else if ('request' in read) {
        requests.push(read.request);
        count++;
      } else {
        cases.push(read.case);
        count++;
      }
    }
    if (kind === 'requests') sawRequests = true;
    else sawCases = true;
    summaries.push({ sheet: sheet.name, kind, count });
  }
  if (!sawRequests && !sawCases) {
    const needed = REQUEST_COLUMNS.filter((c) => c.required).map((c) => c.label);
    return {
      ok: false,
      reason: `没有找到台账的表头：第一行应有“${needed.join('”“')}”等列（可用“下载台账模板”得到正确的表头）`,
      problems: [],
    };
  }
  if (problems.length > 0) {
    return {
      ok: false,
      reason: `有 ${problems.length} 行无法读取，没有导入任何内容。请改正后重新导入`,
      problems: problems.slice(0, MAX_PROBLEMS_LISTED),
    };
  }
  if (requests.length > MAX_LEDGER_REQUESTS)
    return {
      ok: false,
      reason: `文件有 ${requests.length} 条申请，台账最多 ${MAX_LEDGER_REQUESTS} 条`,
      problems: [],
    };
  if (cases.length > MAX_LEDGER_CASES)
    return { ok: false, reason: `文件有 ${cases.length} 件案件，最多 ${MAX_LEDGER_CASES} 件`, problems: [] };
  const parts = [
    ...(sawRequests ? [`${requests.length} 条申请`] : []),
    ...(sawCases ? [`${cases.length} 件复议、诉讼案件`] : []),
  ];
  return {
    ok: true,
    ...(sawRequests ? { requests } : {}),
    ...(sawCases ? { cases } : {}),
    sheets: summaries,
    summary: `共 ${parts.join('，')}`,
  };
}
