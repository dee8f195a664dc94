// One file the officer dropped on the desk, read into a desk entry: a draft file (.json) is the
// report itself; a Word file, web page or text is read by the importer, and what the reading could
// not settle (unreadable cells, text that fits nowhere) travels beside the report as notes. Pure and
// synchronous (no DOM), so the desk's worker runs it file after file.
import { formatForYear } from '../../template/format-for-year';
import { getFormat } from '../../template/formats';
import { formatCells } from '../../template/table-cells';
import { readDraftFile } from '../draft-file';
import type { ImportedReport } from '../import/imported-report';
import { importedToReport } from '../import/imported-to-report';
import { readReportFile } from '../import/read-report-file';
import { recogniseReport } from '../import/recognise-report';
import { createDeskEntry, type DeskEntry, type ReadNote, type SourceKind } from './desk-entry';

export type DeskFileResult =
  | { readonly ok: true; readonly entry: DeskEntry }
  | { readonly ok: false; readonly fileName: string; readonly reason: string };

/** Limits of the entry's schema (desk-entry.ts): longer text is cut, never refused. */
const MAX_NOTES = 2000;
const MAX_MESSAGE = 500;
const MAX_PRINTED = 200;
const MAX_TOTAL = 40;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

const SOURCE_OF: Readonly<Record<ImportedReport['sourceKind'], SourceKind>> = {
  docx: 'docx',
  html: 'html',
  text: 'text',
};

function readNotes(imported: ImportedReport): ReadNote[] {
  const notes: ReadNote[] = [];
  for (const [cell, c] of Object.entries(imported.cells)) {
    if (c.state !== 'unreadable') continue;
    notes.push({
      kind: 'unreadable',
      cell,
      printed: cut(c.source, MAX_PRINTED),
      message: cut(c.reason, MAX_MESSAGE),
    });
  }
  for (const n of imported.notes) notes.push({ kind: 'note', message: cut(n, MAX_MESSAGE) });
  for (const u of imported.unplaced) {
    notes.push({ kind: 'note', message: cut(`未归入任何部分的文字（${u.where}）：${u.text}`, MAX_MESSAGE) });
  }
  for (const t of imported.unrecognisedTables) {
    notes.push({
      kind: 'note',
      message: cut(`未识别的表格（${t.where}），共 ${t.rows.length} 行`, MAX_MESSAGE),
    });
  }
  return notes.slice(0, MAX_NOTES);
}

/** The totals the tables printed, as printed, so that a total that does not add up is still found. */
function printedTotals(imported: ImportedReport): Record<string, string> {
  const specs = formatCells(getFormat(imported.formatId));
  const out: Record<string, string> = {};
  for (const [id, c] of Object.entries(imported.cells)) {
    if (specs.get(id)?.computed === true && c.state === 'read' && c.text.length <= MAX_TOTAL)
      out[id] = c.text;
  }
  return out;
}

function fromImported(imported: ImportedReport, fileName: string, now: Date): DeskFileResult {
  const refuse = (reason: string): DeskFileResult => ({ ok: false, fileName, reason });
  const year = imported.year.value;
  if (year === undefined) return refuse('未能从标题、文件名或正文中识别出报告年度');
  const agencyName = imported.agencyName.value.trim();
  if (agencyName === '') return refuse('未能从标题、落款或文件名中识别出机关名称');
  const converted = importedToReport(imported, { agencyName, year }, { now, today: now });
  if (!converted.ok) return refuse(converted.reason);
  return {
    ok: true,
    entry: createDeskEntry({
      report: converted.report,
      source: { kind: SOURCE_OF[imported.sourceKind], fileName: cut(fileName, 260) },
      printedTotals: printedTotals(imported),
      readNotes: readNotes(imported),
      now,
    }),
  };
}

/** A file's name without the folders a dropped directory gives it. */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/**
 * Reads the file `name` with content `bytes` into a desk entry, or says why it cannot be read.
 * `now` is the day of the review: the format of a year and the latest year possible depend on it.
 */
export function readDeskFile(name: string, bytes: Uint8Array, now: Date = new Date()): DeskFileResult {
  const fileName = baseName(name);
  if (/\.json$/i.test(fileName)) {
    const draft = readDraftFile(bytes, now);
    if (!draft.ok) return { ok: false, fileName, reason: draft.reason };
    return {
      ok: true,
      entry: createDeskEntry({
        report: draft.report,
        source: { kind: 'draft', fileName: cut(fileName, 260) },
        now,
      }),
    };
  }
  let read = readReportFile(fileName, bytes, { today: now });
  if (!read.ok) return { ok: false, fileName, reason: read.reason };
  // Tables read in another format than the year's (the year found late, say in the file name):
  // read them again in the year's format, as the import screen does when the year is confirmed.
  const year = read.report.year.value;
  const choice = year === undefined ? undefined : formatForYear(year, now);
  if (year !== undefined && choice?.ok && choice.format.id !== read.report.formatId) {
    const again = recogniseReport(read.document, { year, today: now });
    if (again.ok) read = again;
  }
  return fromImported(read.report, fileName, now);
}
