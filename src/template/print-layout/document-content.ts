// What the printed report holds, in order: title, preamble, the sections with their headings,
// narratives and tables, then signature and date. The Word export renders this to docx and the
// preview to HTML pages; neither decides on its own what is printed or in which order, so the
// preview cannot show a document the .docx is not.
//
// It lives in src/template, not src/report: the order and content of the parts are the official
// format's (official-format.md), it needs nothing of the report model beyond the structural
// ReportContent the rules already read, and template is the one folder both features and
// src/report may import.
import { formatNumber } from '../format-number';
import { layoutTable, type GridCell, type TableLayout } from '../layout-table';
import { reportTitle, reportTitleLines } from '../report-title';
import { chineseDate } from '../rules/check-dates-and-format';
import type { ReportContent } from '../rules/finding';
import { resolveValues, type ResolvedValue } from '../rules/resolve-values';
import type { FormatSpec, SectionSpec } from '../spec-types';
import { columnWidths } from './column-widths';
import { SMALL_TABLE_COLUMNS } from './page-geometry';
import { safeText, textParagraphs } from './safe-text';

/** The report as printed: what the rules read, plus who signs it. */
export interface PrintableReport extends ReportContent {
  readonly meta: ReportContent['meta'] & { readonly signatory: string };
}

export interface TitleBlock {
  readonly kind: 'title';
  readonly text: string;
  /** The title broken into printed lines (reportTitleLines). */
  readonly lines: readonly string[];
}

export interface HeadingBlock {
  readonly kind: 'heading';
  /** 1: a section title (`一、`, 黑体); 2: a subsection heading (`（一）`, 楷体). */
  readonly level: 1 | 2;
  readonly text: string;
  readonly sectionId: SectionSpec['id'];
}

export interface TextBlock {
  readonly kind: 'text';
  /** `preamble` or the narrative's id: where the text is edited. */
  readonly field: string;
  /** The narrative's name, for saying it is not written yet (the preamble has none). */
  readonly label?: string;
  /** One entry per printed paragraph; empty when nothing is written. */
  readonly paragraphs: readonly string[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly sectionId: SectionSpec['id'];
  /** The section title, as the table's accessible name. */
  readonly caption: string;
  readonly layout: TableLayout;
  /** Grid column widths in twips, adding up to the text width. */
  readonly widths: readonly number[];
  /** Table 四's 15 figures print in 小五 rather than 五号 to fit the portrait page. */
  readonly small: boolean;
  /** Printed text of each data cell by cell id (computed totals included); absent when empty. */
  readonly texts: ReadonlyMap<string, string>;
}

export interface SignatureBlock {
  readonly kind: 'signature';
  /** The signing agency (the report's agency unless another is named); may be empty. */
  readonly signatory: string;
  /** 成文日期 as `2022年1月21日`; empty when not set. */
  readonly date: string;
}

export type DocumentBlock = TitleBlock | HeadingBlock | TextBlock | TableBlock | SignatureBlock;

/** What a data cell prints: its figure (computed totals included), the typed text if it is not one. */
function cellText(value: ResolvedValue | undefined, raw: string | undefined): string {
  if (!value || value.status === 'empty') return '';
  if (value.status === 'invalid') return safeText(raw ?? '').trim();
  return `${formatNumber(value.value)}${value.unit ?? ''}`;
}

/** The text a grid cell of a table block prints: a label from the spec, or a data cell's figure. */
export function gridCellText(block: TableBlock, cell: GridCell): string {
  return cell.kind === 'data' && cell.cell ? (block.texts.get(cell.cell.id) ?? '') : safeText(cell.text);
}

export function documentContent(format: FormatSpec, report: PrintableReport): DocumentBlock[] {
  const values = resolveValues(format, report.cells);
  const blocks: DocumentBlock[] = [
    {
      kind: 'title',
      text: safeText(reportTitle(report.meta.agencyName, report.year)),
      lines: reportTitleLines(report.meta.agencyName, report.year).map(safeText),
    },
    { kind: 'text', field: 'preamble', paragraphs: textParagraphs(report.preamble) },
  ];
  for (const section of format.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.title, sectionId: section.id });
    for (const n of section.narratives) {
      // Headings are text, never Word numbering: auto-numbering is how published reports end up
      // with `1、 总体情况` (official-format.md, errors seen in real reports).
      if (n.heading) blocks.push({ kind: 'heading', level: 2, text: n.heading, sectionId: section.id });
      blocks.push({
        kind: 'text',
        field: n.id,
        label: n.label,
        paragraphs: textParagraphs(report.narratives[n.id] ?? ''),
      });
    }
    if (section.table) {
      const layout = layoutTable(section.table);
      const texts = new Map<string, string>();
      for (const line of layout.rows) {
        for (const cell of line) {
          if (cell.kind !== 'data' || !cell.cell) continue;
          const text = cellText(values.get(cell.cell.id), report.cells[cell.cell.id]);
          if (text) texts.set(cell.cell.id, text);
        }
      }
      blocks.push({
        kind: 'table',
        sectionId: section.id,
        caption: section.title,
        layout,
        widths: columnWidths(layout),
        small: layout.columnCount >= SMALL_TABLE_COLUMNS,
        texts,
      });
    }
  }
  const signatory = safeText(report.meta.signatory.trim() || report.meta.agencyName.trim());
  blocks.push({ kind: 'signature', signatory, date: chineseDate(report.meta.signDate) });
  return blocks;
}
