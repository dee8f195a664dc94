import type { DeskEntry } from './desk-entry';
import type { DeskFinding, OfficeRef } from './desk-finding';
import { officeOfEntry } from './desk-offices';

/**
 * 未提交: each office of the list (应报单位) without a report of `year` among the entries (D-missing,
 * an error: the report is due); and each report of `year` whose office is not on the list
 * (D-unlisted, a warning: usually a name written differently, else a report that is not due here).
 * Names are matched as deskOffices matched them, with the list's names among the names it saw.
 */
export function checkMissing(input: {
  readonly listed: readonly string[];
  readonly year: number;
  readonly kept: readonly DeskEntry[];
  readonly officeOf: ReadonlyMap<string, string>;
  readonly byName: ReadonlyMap<string, string>;
  readonly offices: readonly OfficeRef[];
}): DeskFinding[] {
  const { listed, year, kept, officeOf, byName, offices } = input;
  const yearsOf = new Map<string, number[]>();
  for (const e of kept) {
    const id = officeOf.get(e.id) ?? '';
    yearsOf.set(id, [...(yearsOf.get(id) ?? []), e.report.year]);
  }
  const findings: DeskFinding[] = [];
  for (const name of listed) {
    const id = byName.get(name) ?? name;
    const years = yearsOf.get(id) ?? [];
    if (years.includes(year)) continue;
    const others = [...years].sort((a, b) => a - b);
    findings.push({
      key: `D-missing:${year}:${name}`,
      ruleId: 'D-missing',
      severity: 'error',
      offices: [{ id, name }],
      places: [],
      year,
      message: `应报单位“${name}”没有${year}年度报告${others.length > 0 ? `（已有${others.join('、')}年度报告）` : ''}`,
    });
  }
  const listedIds = new Set(listed.map((n) => byName.get(n) ?? n));
  for (const e of kept) {
    const id = officeOf.get(e.id) ?? '';
    if (e.report.year !== year || listedIds.has(id)) continue;
    const office = officeOfEntry(e, officeOf, offices);
    findings.push({
      key: `D-unlisted:${e.id}`,
      ruleId: 'D-unlisted',
      severity: 'warning',
      offices: [office],
      places: [{ entryId: e.id, officeId: id, year, sectionId: 'meta', cells: [], field: 'meta.agencyName' }],
      message: `“${e.report.meta.agencyName}”不在应报单位名单中：请核对名单或报告中的机关名称`,
    });
  }
  return findings;
}
