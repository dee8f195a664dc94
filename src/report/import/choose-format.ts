// Which format an imported report is read in: the year decides (2019–2020 or 2021 on), and the
// tables' shape is the cross-check that is reported when it disagrees.
import { formatForYear } from '../../template/format-for-year';
import { FORMATS } from '../../template/formats';
import type { FormatId, FormatSpec } from '../../template/spec-types';
import type { TablesRead } from './read-tables';

/** The format of the report's year; failing a year, the one its tables' shape fits. */
export function chooseFormat(
  year: number | undefined,
  byTables: FormatId | undefined,
  today: Date,
  notes: string[],
): FormatSpec {
  if (year !== undefined) {
    const choice = formatForYear(year, today);
    if (choice.ok) return choice.format;
    notes.push(choice.reason);
  } else notes.push('没有找到报告年度（标题和统计期限中都没有），请填写报告年度');
  return FORMATS[byTables ?? 'format-2021'];
}

/** Tables whose shape fits the other format better, named by their sections. */
export function disagreement(format: FormatSpec, mine: TablesRead, theirs: TablesRead): string[] {
  return format.sections
    .filter((s) => s.table && (theirs.scoreByTable[s.table.id] ?? 0) > (mine.scoreByTable[s.table.id] ?? 0))
    .map((s) => `第${s.numeral}部分的表格`);
}
