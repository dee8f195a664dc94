// 新建下一年度报告: next January the clerk starts from this year's report. What carries
// over: the metadata (not the signing date), the narratives (marked as last year's text to revise)
// and table 三's `四` row, which becomes next year's `二` row column by column (R5). Last year's
// table 三 is kept with the new report so R5 is checked from then on. When the two years follow
// different formats (2020 → 2021), the notes say what could not be carried over.
import { buildPreamble } from '../template/build-preamble';
import { formatForYear as defaultFormatForYear, type FormatChoice } from '../template/format-for-year';
import { formatNumber } from '../template/format-number';
import { getFormat } from '../template/formats';
import { resolveValues } from '../template/rules/resolve-values';
import type { FormatSpec, RowNode, TableSpec } from '../template/spec-types';
import { cellId, formatCells } from '../template/table-cells';
import { cleanMeta } from './clean-meta';
import { lastYearOf } from './last-year-of';
import { newReportId } from './create-report';
import { carryLedger } from './ledger/carry-ledger';
import { syncLedgerCells } from './ledger/sync-ledger-cells';
import { reportCells } from './report-cells';
import type { Report } from './report-schema';

export class NextYearError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NextYearError';
  }
}

export interface NextYearResult {
  readonly report: Report;
  /** What the clerk should know: what was carried over, and what could not be. */
  readonly notes: readonly string[];
}

function tableOf(format: FormatSpec, tableId: string): TableSpec | undefined {
  return format.sections.find((s) => s.table?.id === tableId)?.table;
}

/** Leaf row ids of a tree table with their labels and their parent node. */
function rowLeaves(
  rows: readonly RowNode[],
  parent?: RowNode,
): { id: string; label: string; parent?: RowNode }[] {
  return rows.flatMap((r) =>
    r.children?.length
      ? rowLeaves(r.children, r)
      : [{ id: r.id ?? '', label: r.label, ...(parent ? { parent } : {}) }],
  );
}

function findNode(rows: readonly RowNode[], label: string): RowNode | undefined {
  for (const r of rows) {
    if (r.label === label) return r;
    const hit = r.children ? findNode(r.children, label) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/** What changes between the formats of two years, as notes for the clerk (read from the specs). */
function formatChangeNotes(from: FormatSpec, to: FormatSpec): string[] {
  if (from.id === to.id) return [];
  const notes = [`${from.notice}与${to.notice}规定的格式不同，新报告按${to.notice}的格式编写。`];
  const s2 = to.sections.find((s) => s.id === 's2');
  if (s2) notes.push(`“${s2.title}”的表格栏目已改变，上年的数字没有带入，请按新表格填写。`);
  const fromT3 = tableOf(from, from.carryOver.tableId);
  const toT3 = tableOf(to, to.carryOver.tableId);
  if (fromT3?.type === 'tree' && toT3?.type === 'tree') {
    const toIds = new Set(rowLeaves(toT3.rows).map((r) => r.id));
    for (const gone of rowLeaves(fromT3.rows).filter((r) => !toIds.has(r.id))) {
      const now = findNode(toT3.rows, gone.label);
      const items = now?.children?.map((c) => c.label) ?? [];
      notes.push(
        items.length > 0
          ? `“${gone.label}”在新格式中分为 ${items.length} 项（${items.join('；')}），请分项填写。`
          : `“${gone.label}”一行在新格式中没有对应的行。`,
      );
    }
  }
  for (const section of to.sections) {
    const before = from.sections.find((s) => s.id === section.id);
    for (const n of section.narratives) {
      const old = before?.narratives.find((o) => o.id === n.id);
      if (n.prompt && old?.prompt !== n.prompt) notes.push(`“${section.title}”新增要求：${n.prompt}`);
    }
  }
  return notes;
}

/**
 * The next year's report made from `report`. Throws NextYearError (a Chinese message) when no
 * format applies to the next year.
 */
export function createNextYearReport(
  report: Report,
  options: { readonly now: Date; readonly formatForYear?: (year: number) => FormatChoice },
): NextYearResult {
  const year = report.year + 1;
  const choice = (options.formatForYear ?? ((y: number) => defaultFormatForYear(y, options.now)))(year);
  if (!choice.ok) throw new NextYearError(choice.reason);
  const from = getFormat(report.formatId);
  const to = choice.format;
  const at = options.now.toISOString();
  const notes: string[] = [];

  // Narratives: the ids of section 一's five aspects and of 五、六 are the same in both formats.
  const narratives: Record<string, string> = {};
  const stale: string[] = [];
  const oldTexts: Readonly<Record<string, string | undefined>> = report.narratives;
  for (const n of to.sections.flatMap((s) => s.narratives)) {
    const text = oldTexts[n.id] ?? '';
    if (text.trim() === '') continue;
    narratives[n.id] = text;
    stale.push(n.id);
  }
  if (stale.length > 0)
    notes.push(`已带入上年的文字 ${stale.length} 段，均为${report.year}年度的内容，请逐段修改。`);

  // Table 三: this year's `二` = last year's `四`, column by column; input columns only (the total
  // column is computed).
  const lastCells = reportCells(report);
  const lastValues = resolveValues(from, lastCells);
  const cells: Record<string, string> = {};
  const { tableId, toRow } = to.carryOver;
  const toSpecs = formatCells(to);
  let carried = 0;
  for (const cell of toSpecs.values()) {
    if (cell.tableId !== tableId || cell.rowId !== toRow || cell.computed) continue;
    const fromId = cellId(from.carryOver.tableId, from.carryOver.fromRow, cell.colId);
    const v = lastValues.get(fromId);
    if (v?.status === 'ok') {
      cells[cell.id] = formatNumber(v.value);
      carried++;
    } else {
      const raw = lastCells[fromId] ?? '';
      if (raw.trim() !== '') cells[cell.id] = raw;
    }
  }
  const fromRowLabel = formatCells(from).get(
    cellId(from.carryOver.tableId, from.carryOver.fromRow, 'natural'),
  );
  const toRowLabel = toSpecs.get(cellId(tableId, toRow, 'natural'));
  if (carried > 0 && fromRowLabel && toRowLabel) {
    notes.push(
      `已按${report.year}年度“${fromRowLabel.rowPath.join(' / ')}”填入本年度“${toRowLabel.rowPath.join(' / ')}”。`,
    );
  } else if (toRowLabel) {
    notes.push(`${report.year}年度报告没有填写结转数字，请自行填写“${toRowLabel.rowPath.join(' / ')}”。`);
  }

  notes.push(...formatChangeNotes(from, to));

  // The requests still open on 31 December become next year's 上年结转; when the ledger counts
  // table 三, its cells are counted again below, so R5 holds by construction.
  const carriedLedger = report.ledger ? carryLedger(report.ledger, from, report.year, to) : undefined;
  if (carriedLedger) notes.push(...carriedLedger.notes);

  // A name stored before cleanLine existed may still carry invisible direction characters.
  const meta = cleanMeta({ ...report.meta, signDate: '' });
  // A preamble the clerk rewrote is kept (and flagged); a generated one follows the new year and
  // the new format's notice, so the basis never names the other notice.
  const keepPreamble = report.preambleEdited && from.id === to.id;
  if (report.preambleEdited && !keepPreamble) {
    notes.push('前言已按新格式重新生成，上年修改过的前言没有带入。');
  }
  if (keepPreamble) stale.push('preamble');

  const next: Report = {
    id: newReportId(),
    formatId: to.id,
    year,
    meta,
    preamble: keepPreamble ? report.preamble : buildPreamble(to, { ...meta, year }),
    preambleEdited: keepPreamble,
    narratives,
    cells,
    review: {
      status: 'draft',
      comments: [],
      history: [{ status: 'draft', at, by: '', note: `由${report.year}年度报告生成` }],
    },
    // Last year's table 三 and text travel with the report: R5 is checked without last year's
    // report, and section 五 is written beside last year's text.
    lastYear: lastYearOf(report),
    carriedOver: {
      fromYear: report.year,
      notes: notes.slice(0, 50).map((n) => n.slice(0, 500)),
      staleNarratives: stale,
    },
    createdAt: at,
    updatedAt: at,
    ...(carriedLedger ? { ledger: carriedLedger.ledger } : {}),
  };
  return { report: syncLedgerCells(next), notes };
}
