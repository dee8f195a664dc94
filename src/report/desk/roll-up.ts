// 汇总: for one year and one format, tables 二, 三 and 四 summed over the reports, each figure with
// the offices that make it up. A figure a report does not give as a number (blank, not a number,
// unreadable) is not taken as 0: it is listed with the figure, and the figure is marked incomplete.
import { formatNumber } from '../../template/format-number';
import { getFormat } from '../../template/formats';
import { parseValue } from '../../template/parse-value';
import { resolveValues } from '../../template/rules/resolve-values';
import type { FormatId, ValueKind } from '../../template/spec-types';
import { formatCells, type CellSpec } from '../../template/table-cells';
import { unreadableCells, type DeskEntry } from './desk-entry';
import type { OfficeRef } from './desk-finding';
import { officeOfEntry } from './desk-offices';

export type ContributionStatus = 'ok' | 'empty' | 'invalid' | 'unreadable' | 'partial';

/** One report's part in a figure. */
export interface Contribution {
  readonly entryId: string;
  readonly office: OfficeRef;
  /** The cell as the report holds it; for a total, the report's own sum of its parts. */
  readonly text: string;
  readonly status: ContributionStatus;
  /** The figure in the cell's unit (万元 for both kinds of money), when it is a number. */
  readonly value?: number;
  /** Why it is not counted, in plain Chinese. */
  readonly message?: string;
}

export interface RollUpFigure {
  readonly cell: CellSpec;
  /** Sum of the contributions that are numbers (a total: sum of its summed parts). */
  readonly value: number;
  /** As the roll-up prints it: `12`, `3.5`, and an amount-with-unit cell (format 2019) with its unit (`4.2万元`). */
  readonly text: string;
  /** Every report's part, in the order of the offices. */
  readonly contributions: readonly Contribution[];
  /** Contributions not counted; a figure with any is incomplete. */
  readonly flagged: number;
}

export interface RollUp {
  readonly year: number;
  readonly formatId: FormatId;
  /** The reports summed (counted once each), in the order of the offices. */
  readonly entryIds: readonly string[];
  /** Reports of the year in the other format: they cannot be summed cell for cell with these. */
  readonly otherFormat: readonly string[];
  /** Every cell of tables 二, 三 and 四, by id. */
  readonly figures: ReadonlyMap<string, RollUpFigure>;
}

/** Money is summed in ten-thousandths of a 元, as integers, so that no cent is lost to rounding. */
const UNITS_PER_YUAN = 10_000;
const YUAN_PER_WAN = 10_000;

/** A figure in integer units: counts as they are, money in ten-thousandths of a 元. */
function toUnits(kind: ValueKind, value: number, unit?: '元' | '万元'): number {
  if (kind === 'money-wan' || unit === '万元') return Math.round(value * YUAN_PER_WAN * UNITS_PER_YUAN);
  if (unit === '元') return Math.round(value * UNITS_PER_YUAN);
  return value;
}

function isMoney(kind: ValueKind): boolean {
  return kind === 'money-wan' || kind === 'amount-with-unit';
}

/** Units back to the cell's figure: 万元 for money. */
function fromUnits(kind: ValueKind, units: number): number {
  return isMoney(kind) ? units / (YUAN_PER_WAN * UNITS_PER_YUAN) : units;
}

function printed(kind: ValueKind, units: number): string {
  if (kind !== 'amount-with-unit') return formatNumber(fromUnits(kind, units));
  // In 万元 when that takes at most 4 decimals (a whole number of 元), else in 元.
  return units % UNITS_PER_YUAN === 0
    ? `${formatNumber(units / (YUAN_PER_WAN * UNITS_PER_YUAN))}万元`
    : `${formatNumber(units / UNITS_PER_YUAN)}元`;
}

/**
 * Tables 二, 三 and 四 of `year` summed over the entries of that year in `formatId`. Input cells are
 * summed report by report; totals are computed from the summed parts as the template states them
 * (never from printed totals), so the roll-up adds up by construction. Each figure lists every
 * report's part, so the officer can open a figure and see which offices make it up.
 */
export function rollUp(input: {
  readonly kept: readonly DeskEntry[];
  readonly officeOf: ReadonlyMap<string, string>;
  readonly offices: readonly OfficeRef[];
  readonly year: number;
  readonly formatId: FormatId;
}): RollUp {
  const { kept, officeOf, offices, year, formatId } = input;
  const format = getFormat(formatId);
  const specs = formatCells(format);
  const officeRank = new Map(offices.map((o, i) => [o.id, i] as const));
  const ofYear = kept.filter((e) => e.report.year === year);
  const entries = ofYear
    .filter((e) => e.report.formatId === formatId)
    .map((entry) => {
      const office = officeOfEntry(entry, officeOf, offices);
      return {
        entry,
        office,
        values: resolveValues(format, entry.report.cells),
        unreadable: new Set(unreadableCells(entry)),
      };
    })
    .sort((a, b) => (officeRank.get(a.office.id) ?? 0) - (officeRank.get(b.office.id) ?? 0));

  const units = new Map<string, { units: number; flagged: number }>();
  const figures = new Map<string, RollUpFigure>();
  const figureOf = (cell: CellSpec): { units: number; flagged: number } => {
    const hit = units.get(cell.id);
    if (hit) return hit;
    let sum = 0;
    let flagged = 0;
    const contributions: Contribution[] = [];
    for (const { entry, office, values, unreadable } of entries) {
      const cells: Readonly<Record<string, string | undefined>> = entry.report.cells;
      if (cell.computed) {
        const v = values.get(cell.id);
        const complete = v?.status === 'ok' && !v.partial;
        contributions.push({
          entryId: entry.id,
          office,
          text: v?.status === 'ok' ? formatNumber(v.value) : '',
          status: complete ? 'ok' : 'partial',
          ...(v?.status === 'ok' ? { value: v.value } : {}),
          ...(complete ? {} : { message: '本报告的分项有未填或无法识别的，合计不完整' }),
        });
        continue;
      }
      const raw = cells[cell.id] ?? '';
      const parsed = parseValue(cell.kind, raw);
      const base = { entryId: entry.id, office, text: raw.trim() };
      if (unreadable.has(cell.id)) {
        contributions.push({ ...base, status: 'unreadable', message: '导入时无法识别，未计入' });
        flagged++;
      } else if (parsed.status === 'empty') {
        contributions.push({ ...base, status: 'empty', message: '未填，未计入' });
        flagged++;
      } else if (parsed.status === 'invalid') {
        contributions.push({ ...base, status: 'invalid', message: `${parsed.message}，未计入` });
        flagged++;
      } else {
        const u = toUnits(cell.kind, parsed.value, parsed.unit);
        sum += u;
        contributions.push({ ...base, status: 'ok', value: fromUnits(cell.kind, u) });
      }
    }
    if (cell.computed) {
      // A total of the roll-up is the sum of its summed parts, as the template states it.
      const parts = cell.parts.flatMap((id) => {
        const part = specs.get(id);
        return part ? [figureOf(part)] : [];
      });
      sum = parts.reduce((a, p) => a + p.units, 0);
      flagged = parts.reduce((a, p) => a + p.flagged, 0);
    }
    const result = { units: sum, flagged };
    units.set(cell.id, result);
    figures.set(cell.id, {
      cell,
      value: fromUnits(cell.kind, sum),
      text: printed(cell.kind, sum),
      contributions,
      flagged,
    });
    return result;
  };
  for (const cell of specs.values()) figureOf(cell);

  return {
    year,
    formatId,
    entryIds: entries.map((e) => e.entry.id),
    otherFormat: ofYear.filter((e) => e.report.formatId !== formatId).map((e) => e.id),
    figures: new Map(
      [...specs.keys()].flatMap((id) => {
        const f = figures.get(id);
        return f ? [[id, f] as const] : [];
      }),
    ),
  };
}
