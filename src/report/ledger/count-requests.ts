import { applicantTypes } from '../../template/ledger/applicant-types';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import type { FormatSpec } from '../../template/spec-types';
import { cellId } from '../../template/table-cells';
import { countIntoTable } from './count-into-table';
import type { LedgerCount } from './ledger-count';
import type { LedgerRequest } from './ledger-schema';

/** Where a request is counted, or why it is not. */
function placeOf(
  format: FormatSpec,
  year: number,
  r: LedgerRequest,
): { readonly rows: readonly string[] } | { readonly issue: string } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const rows = format.ledger;
  if (r.received === '') return { issue: '没有填写收到日期' };
  if (r.applicant === '') return { issue: '没有填写申请人类型' };
  if (!applicantTypes(format).choices.some((c) => c.id === r.applicant))
    return { issue: '申请人类型不在本年度报告的表格中，请重新选择' };
  if (r.received > last) return { issue: `收到日期 ${r.received} 在 ${year} 年之后，应计入下一年度` };
  if (r.done !== '' && r.done < r.received) return { issue: `办结日期 ${r.done} 早于收到日期 ${r.received}` };
  if (r.outcome !== '' && r.done === '') return { issue: '有办理结果，但没有填写办结日期' };
  if (r.outcome === '' && r.done !== '') return { issue: '有办结日期，但没有选择办理结果' };
  if (r.outcome !== '' && !outcomeOptions(format).choices.some((c) => c.id === r.outcome))
    return { issue: '办理结果不在本年度报告的表格中，请重新选择' };
  if (r.done !== '' && r.done < first)
    return { issue: `在 ${year} 年之前已经办结（${r.done}），不计入本年度` };
  // 一、本年新收 or 二、上年结转, by the date received; then an outcome row if done within the year,
  // or 四、结转下年度 while open on 31 December. So 一 + 二 = the outcomes' total + 四 (R3) for every column.
  const arrived = r.received < first ? rows.carriedRow : rows.newRow;
  const ended = r.done !== '' && r.done <= last ? r.outcome : rows.carryForwardRow;
  return { rows: [arrived, ended] };
}

/**
 * Table 三 of the report's `year`, counted from its requests: the input cells as the report stores
 * them, the rows behind every cell, and the requests that are not counted with the reason (those
 * of another year, or not filled in enough to be placed) — none is dropped silently.
 */
export function countRequests(
  format: FormatSpec,
  year: number,
  requests: readonly LedgerRequest[],
): LedgerCount {
  const tableId = format.ledger.requestsTableId;
  return countIntoTable(format, tableId, requests, (r) => {
    const place = placeOf(format, year, r);
    return 'issue' in place ? place : { cells: place.rows.map((row) => cellId(tableId, row, r.applicant)) };
  });
}
