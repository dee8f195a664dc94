import { formatNumber } from '../../template/format-number';
import { getFormat } from '../../template/formats';
import { resolveValues } from '../../template/rules/resolve-values';
import { sectionOfTable } from '../../template/rules/section-of-table';
import { formatCells } from '../../template/table-cells';
import type { DeskEntry } from './desk-entry';
import type { DeskFinding, OfficeRef } from './desk-finding';
import { lastYearEntries } from './last-year-entries';
import { officeOfEntry } from './desk-offices';

/**
 * The figures a format carries from last year's report of the same office (its `continuity`
 * rules): in format 2021 each row's documents in force = last year's in force + issued this year −
 * abolished this year. Only between two reports of the same format, whose cells are the same; a figure
 * left blank or unreadable in either year is left to the other findings.
 */
export function checkContinuity(
  kept: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
  offices: readonly OfficeRef[],
): DeskFinding[] {
  const lastOf = lastYearEntries(kept, officeOf);
  const findings: DeskFinding[] = [];
  for (const entry of kept) {
    const last = lastOf.get(entry.id);
    if (!last || last.report.formatId !== entry.report.formatId) continue;
    const format = getFormat(entry.report.formatId);
    const specs = formatCells(format);
    const mine = resolveValues(format, entry.report.cells);
    const theirs = resolveValues(format, last.report.cells);
    const office = officeOfEntry(entry, officeOf, offices);
    const officeId = office.id;
    for (const rule of format.continuity) {
      const read = (values: typeof mine, id: string) => {
        const v = values.get(id);
        return v?.status === 'ok' && !v.partial ? v.value : null;
      };
      const value = read(mine, rule.cell);
      const from = rule.fromLastYear.map((id) => read(theirs, id));
      const plus = rule.plus.map((id) => read(mine, id));
      const minus = rule.minus.map((id) => read(mine, id));
      if (value === null || [...from, ...plus, ...minus].includes(null)) continue;
      const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
      const expected = sum(from) + sum(plus) - sum(minus);
      if (value === expected) continue;
      const term = (id: string, v: number | null) =>
        `${specs.get(id)?.colShort ?? id}（${formatNumber(v ?? 0)}）`;
      const lastTerms = rule.fromLastYear.map((id, i) => term(id, from[i] ?? null)).join('＋');
      const plusTerms = rule.plus.map((id, i) => `＋${term(id, plus[i] ?? null)}`).join('');
      const minusTerms = rule.minus.map((id, i) => `－${term(id, minus[i] ?? null)}`).join('');
      const cell = specs.get(rule.cell);
      const sectionId = sectionOfTable(format, cell?.tableId ?? '');
      findings.push({
        key: `${rule.id}:${rule.cell}:${entry.id}`,
        ruleId: rule.id,
        severity: 'warning',
        offices: [office],
        places: [
          {
            entryId: entry.id,
            officeId,
            year: entry.report.year,
            sectionId,
            cells: [rule.cell, ...rule.plus, ...rule.minus],
          },
          { entryId: last.id, officeId, year: last.report.year, sectionId, cells: rule.fromLastYear },
        ],
        message: `${cell?.rowShort ?? ''}：${term(rule.cell, value)}应等于${last.report.year}年度报告的${lastTerms}${plusTerms}${minusTerms}＝${formatNumber(expected)}。${rule.hint}`,
      });
    }
  }
  return findings;
}
