import { chineseDate, publicationDeadline } from '../../template/rules/check-dates-and-format';
import type { DeskEntry } from './desk-entry';
import type { DeskFinding, OfficeRef } from './desk-finding';
import { officeOfEntry } from './desk-offices';

const DAY = 24 * 60 * 60 * 1000;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY);
}

/**
 * 成文日期 after 31 January of the next year (条例第四十九条), over every report of the desk, with
 * how many days late: the county sees at once which offices published late. A report without a
 * 成文日期 is left to its own findings (还没有填写成文日期).
 */
export function checkSignDates(
  kept: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
  offices: readonly OfficeRef[],
): DeskFinding[] {
  const findings: DeskFinding[] = [];
  for (const e of kept) {
    const { signDate } = e.report.meta;
    const deadline = publicationDeadline(e.report.year);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(signDate) || signDate <= deadline) continue;
    const office = officeOfEntry(e, officeOf, offices);
    const id = office.id;
    findings.push({
      key: `W-deadline:${e.id}`,
      ruleId: 'W-deadline',
      severity: 'warning',
      offices: [office],
      places: [
        {
          entryId: e.id,
          officeId: id,
          year: e.report.year,
          sectionId: 'meta',
          cells: [],
          field: 'meta.signDate',
        },
      ],
      message: `成文日期${chineseDate(signDate)}，晚于${chineseDate(deadline)}的公布期限 ${daysBetween(deadline, signDate)} 天`,
    });
  }
  return findings;
}
