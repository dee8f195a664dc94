// The request ledger (依申请公开台账) as the report keeps it: one row per request for table 三,
// one per review or lawsuit for table 四, and for each table whether it follows the ledger.
// Rows store ids (the column and row ids of the tables), so a ledger can only name what its
// format prints; labels are the template's, shown and written by the ledger's readers and writers.
import { z } from 'zod';
import { inputCellIds } from '../../template/content-schema';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';

/** A ledger of more rows is not a township's year; the limit keeps a hostile file from freezing the page. */
export const MAX_LEDGER_REQUESTS = 5000;
export const MAX_LEDGER_CASES = 500;
/** 申请内容 is a short reminder of what was asked, not the request itself. */
export const MAX_REQUEST_CONTENT = 500;
export const MAX_CASE_NOTE = 200;

export type LedgerTableKey = 'requestsTable' | 'casesTable';

const isoDay = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')]);
const rowId = z.string().min(1).max(64);

/**
 * One of `ids`, or empty. Typed as a string, so functions over ledgers of either format share one
 * type; the JSON Schema still lists the values.
 */
function oneOrEmpty(ids: readonly string[], what: string) {
  const allowed = new Set(['', ...ids]);
  return z
    .string()
    .refine((v) => allowed.has(v), { message: `不是本格式的${what}` })
    .meta({ enum: [...allowed] });
}

/** The table's input cells, each optional: what `handTyped` may hold. */
function tableCellsSchema(format: FormatSpec, tableId: string) {
  const ids = inputCellIds(format).filter((id) => id.startsWith(`${tableId}:`));
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, z.string().max(40).optional()])));
}

function modeSchema(format: FormatSpec, tableId: string, table: string) {
  return z
    .object({
      follows: z.boolean().describe(`True: ${table}'s cells are counted from the ledger and read-only.`),
      typedByChoice: z
        .boolean()
        .describe(
          'True once the clerk chose 不使用台账: new rows then never take the table over by themselves.',
        ),
      handTyped: tableCellsSchema(format, tableId)
        .optional()
        .describe(
          `The figures typed into ${table} by hand when the ledger took it over, by cell id, offered back by 不使用台账.`,
        ),
    })
    .describe(`Whether ${table} follows the ledger.`);
}

/** The ledger of a report in `format`: its ids are that format's rows and columns. */
export function buildLedgerSchema(format: FormatSpec) {
  const cases = caseVocabulary(format);
  const request = z.object({
    id: rowId.describe('The row’s own id (a UUID): what “the rows behind this cell” point to.'),
    received: isoDay.describe('收到日期, YYYY-MM-DD; empty while not typed yet.'),
    applicant: oneOrEmpty(
      applicantTypes(format).choices.map((c) => c.id),
      '申请人类型',
    ).describe('申请人类型: the id of a table 三 column.'),
    content: z
      .string()
      .max(MAX_REQUEST_CONTENT)
      .describe('申请内容: optional and short. No names are asked for.'),
    outcome: oneOrEmpty(
      outcomeOptions(format).choices.map((c) => c.id),
      '办理结果',
    ).describe('办理结果: the id of a table 三 outcome row; empty while the request is open.'),
    done: isoDay.describe('办结日期, YYYY-MM-DD; empty while the request is open.'),
  });
  const ledgerCase = z.object({
    id: rowId,
    type: oneOrEmpty(
      cases.types.choices.map((c) => c.id),
      '案件类型',
    ).describe('案件类型: the id of a kind of case of table 四 (review, direct, after).'),
    result: oneOrEmpty(
      cases.results.choices.map((c) => c.id),
      '结果',
    ).describe('结果: the id of a result of table 四 (upheld, corrected, other, pending).'),
    note: z.string().max(MAX_CASE_NOTE).describe('A short note (案由); optional.'),
  });
  return z
    .object({
      requestsTable: modeSchema(format, format.ledger.requestsTableId, 'table 三'),
      casesTable: modeSchema(format, format.ledger.casesTableId, 'table 四'),
      requests: z.array(request).max(MAX_LEDGER_REQUESTS).describe('The requests, one per row (table 三).'),
      cases: z
        .array(ledgerCase)
        .max(MAX_LEDGER_CASES)
        .describe('The administrative reviews and lawsuits, one per row (table 四).'),
    })
    .describe('依申请公开台账: the request ledger, and whether tables 三 and 四 follow it.');
}

export type Ledger = z.infer<ReturnType<typeof buildLedgerSchema>>;
export type LedgerRequest = Ledger['requests'][number];
export type LedgerCase = Ledger['cases'][number];
