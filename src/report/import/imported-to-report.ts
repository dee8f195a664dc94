// The imported report as the app's Report, once the person has confirmed 机关名称 and 年度: figures
// read go into their cells as figures, a blank stays 未填, an unreadable cell keeps what was printed
// (so the editor marks it, R6) when it fits a cell; totals are never stored (they are computed), the
// printed ones having been compared already. The findings are the editor's rules on the result,
// plus the printed totals that disagreed.
import { MAX_CELL_LENGTH, MAX_NARRATIVE_LENGTH } from '../../template/content-schema';
import { formatForYear } from '../../template/format-for-year';
import { getFormat } from '../../template/formats';
import type { Finding } from '../../template/rules/finding';
import { formatCells } from '../../template/table-cells';
import { checkStoredReport } from '../check-stored-report';
import { createReport } from '../create-report';
import { reportSchema, type Report } from '../report-schema';
import type { ImportedReport } from './imported-report';
import { readContacts } from './read-contacts';

export interface ConfirmedDetails {
  readonly agencyName: string;
  readonly year: number;
}

export type ConversionResult =
  | { readonly ok: true; readonly report: Report; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly reason: string };

export function importedToReport(
  imported: ImportedReport,
  confirmed: ConfirmedDetails,
  options: { readonly now?: Date; readonly today?: Date } = {},
): ConversionResult {
  const agencyName = confirmed.agencyName.trim();
  if (agencyName === '') return { ok: false, reason: '请填写机关名称' };
  const today = options.today ?? new Date();
  const choice = formatForYear(confirmed.year, today);
  if (!choice.ok) return { ok: false, reason: choice.reason };
  if (choice.format.id !== imported.formatId) {
    return {
      ok: false,
      reason: `${confirmed.year} 年度报告适用${choice.format.notice}的格式，而表格是按${getFormat(imported.formatId).notice}的格式读取的：请按新的年度重新识别`,
    };
  }
  const format = choice.format;
  const specs = formatCells(format);
  const cells: Record<string, string> = {};
  for (const [id, cell] of Object.entries(imported.cells)) {
    if (specs.get(id)?.computed !== false) continue;
    if (cell.state === 'read' && cell.text.length <= MAX_CELL_LENGTH) cells[id] = cell.text;
    else if (cell.state === 'unreadable' && cell.source.length <= MAX_CELL_LENGTH) cells[id] = cell.source;
  }
  const narratives: Record<string, string> = {};
  for (const [id, n] of Object.entries(imported.narratives)) {
    if (n.text !== '') narratives[id] = n.text.slice(0, MAX_NARRATIVE_LENGTH);
  }
  const base = createReport({
    agencyName,
    year: confirmed.year,
    formatId: format.id,
    ...(options.now ? { now: options.now } : {}),
    meta: {
      ...readContacts(imported.preamble),
      ...(imported.signatory ? { signatory: imported.signatory.slice(0, 100) } : {}),
      signDate: imported.signDate,
    },
  });
  const candidate = {
    ...base,
    // The preamble as the report printed it (none if it had none): it no longer follows the metadata.
    preamble: imported.preamble.slice(0, 20_000),
    preambleEdited: true,
    cells,
    narratives,
  };
  const parsed = reportSchema.safeParse(candidate);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, reason: `读出的内容不符合报告格式${where ? `（${where}）` : ''}，无法创建报告` };
  }
  const report = parsed.data;
  const findings = [...checkStoredReport(report, today), ...imported.totalsFindings];
  return { ok: true, report, findings };
}
