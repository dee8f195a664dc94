// The report as a Word document: pure data → docx objects. The browser packs it with
// Packer.toBlob, Node (tests, the sample script) with Packer.toBuffer (pitfalls.md: each fails on
// the other side). Labels all come from the format spec; typography from docx-typography.ts.
import {
  AlignmentType,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type FileChild,
} from 'docx';
import type { Report } from '../../report/report-schema';
import { formatNumber } from '../../template/format-number';
import { getFormat } from '../../template/formats';
import { layoutTable, type GridCell, type TableLayout } from '../../template/layout-table';
import { reportTitle } from '../../template/report-title';
import { resolveValues, type ResolvedValue } from '../../template/rules/resolve-values';
import type { SectionSpec, TableSpec } from '../../template/spec-types';
import { columnWidths } from './column-widths';
import { reportContent } from './report-content';
import { BODY_INDENT, BODY_LINE, FONTS, PAGE, SIZES, TEXT_WIDTH, fontSlots } from './docx-typography';
import { safeText, textParagraphs } from './safe-text';

/** Style ids of the document's own paragraph styles. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  body: 'ReportBody',
  table: 'ReportTable',
  signature: 'ReportSignature',
  footer: 'ReportFooter',
} as const;

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT });

function bodyParagraphs(text: string): Paragraph[] {
  return textParagraphs(text).map(
    (line) => new Paragraph({ style: STYLE.body, children: [new TextRun(line)] }),
  );
}

function heading(level: 1 | 2, text: string): Paragraph {
  // Headings are text, never Word numbering: auto-numbering is how published reports end up with
  // `1、 总体情况` (official-format.md, errors seen in real reports).
  return new Paragraph({
    style: level === 1 ? STYLE.heading1 : STYLE.heading2,
    children: [new TextRun(safeText(text))],
  });
}

/** `2022-01-21` → `2022年1月21日` (GB/T 9704-2012 writes the date in Arabic numerals). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** What a data cell prints: its figure (computed totals included), the typed text if it is not one. */
function cellText(value: ResolvedValue | undefined, raw: string | undefined): string {
  if (!value || value.status === 'empty') return '';
  if (value.status === 'invalid') return safeText(raw ?? '').trim();
  return `${formatNumber(value.value)}${value.unit ?? ''}`;
}

interface TableStyle {
  readonly size: number;
  /** Left and right cell margins. */
  readonly margin: number;
}

function tableStyleOf(layout: TableLayout): TableStyle {
  // Table 四 has 15 numeric columns on a portrait page: a smaller font and tight margins, with
  // header words allowed to wrap, keep it within the 156 mm text width.
  return layout.columnCount >= 12
    ? { size: SIZES.smallTable, margin: 28 }
    : { size: SIZES.table, margin: 57 };
}

function gridCellParagraph(cell: GridCell, text: string, style: TableStyle): Paragraph {
  // Leaf row labels read left to right like the notice's table; headers, merged parents and
  // figures are centred.
  const left = cell.kind === 'row-label' && cell.rowSpan === 1;
  return new Paragraph({
    style: STYLE.table,
    alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [new TextRun({ text, size: style.size })],
  });
}

function buildTable(
  table: TableSpec,
  values: ReadonlyMap<string, ResolvedValue>,
  cells: Readonly<Record<string, string | undefined>>,
): Table {
  const layout = layoutTable(table);
  const widths = columnWidths(layout);
  const style = tableStyleOf(layout);
  const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const rows = layout.owner.map((line, r) => {
    const children: TableCell[] = [];
    let k = 0;
    while (k < layout.columnCount) {
      const owner = line[k];
      if (!owner) throw new Error(`layout hole at ${r},${k} in ${table.id}`);
      const width = { size: spanWidth(owner.col, owner.colSpan), type: WidthType.DXA };
      const common = {
        width,
        columnSpan: owner.colSpan,
        verticalAlign: VerticalAlignTable.CENTER,
      } as const;
      if (owner.row === r) {
        const text =
          owner.kind === 'data' && owner.cell
            ? cellText(values.get(owner.cell.id), cells[owner.cell.id])
            : safeText(owner.text);
        children.push(
          new TableCell({
            ...common,
            ...(owner.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
            children: [gridCellParagraph(owner, text, style)],
          }),
        );
      } else {
        // A cell merged from above: every covered row carries a CONTINUE cell over the same grid
        // columns, the form Word, WPS and LibreOffice all read (docx #695, pitfalls.md).
        children.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [new Paragraph({ style: STYLE.table })],
          }),
        );
      }
      k += owner.colSpan;
    }
    return new TableRow({
      children,
      // Header rows repeat on every page; other rows carry no w:tblHeader at all.
      ...(r < layout.headerRows ? { tableHeader: true } : {}),
      cantSplit: true,
      height: { value: 400, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: style.margin, right: style.margin, top: 0, bottom: 0 },
  });
}

function sectionChildren(
  section: SectionSpec,
  report: Report,
  values: ReadonlyMap<string, ResolvedValue>,
): FileChild[] {
  const narratives: Readonly<Record<string, string | undefined>> = report.narratives;
  const out: FileChild[] = [heading(1, section.title)];
  for (const narrative of section.narratives) {
    if (narrative.heading) out.push(heading(2, narrative.heading));
    out.push(...bodyParagraphs(narratives[narrative.id] ?? ''));
  }
  if (section.table) {
    // Half a line of space between a table and the heading after it, as an empty paragraph: Word
    // has no space-after for tables.
    out.push(
      buildTable(section.table, values, report.cells),
      new Paragraph({ style: STYLE.table, spacing: exact(BODY_LINE / 2) }),
    );
  }
  return out;
}

function pageNumberFooter(alignment: 'odd' | 'even'): Footer {
  // `— N —` in 4号 宋体, odd pages right and even pages left, one character in (GB/T 9704 §7.5).
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: alignment === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'odd' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function buildReportDocument(report: Report): Document {
  const format = getFormat(report.formatId);
  const values = resolveValues(format, reportContent(report).cells);
  const title = safeText(reportTitle(report.meta.agencyName, report.year));
  const signatory = safeText(report.meta.signatory.trim() || report.meta.agencyName.trim());
  const date = chineseDate(report.meta.signDate);

  const children: FileChild[] = [
    new Paragraph({ style: STYLE.title, children: [new TextRun(title)] }),
    ...bodyParagraphs(report.preamble),
    ...format.sections.flatMap((s) => sectionChildren(s, report, values)),
    ...(signatory
      ? [
          new Paragraph({
            style: STYLE.signature,
            spacing: { before: BODY_LINE },
            children: [new TextRun(signatory)],
          }),
        ]
      : []),
    ...(date ? [new Paragraph({ style: STYLE.signature, children: [new TextRun(date)] })] : []),
  ];

  const bodyRun = { font: fontSlots(FONTS.body), size: SIZES.body, language: { eastAsia: 'zh-CN' } };
  return new Document({
    title,
    creator: signatory || 'nianbao',
    evenAndOddHeaderAndFooters: true,
    // No Latin theme fonts behind the text: WPS warns about missing fonts otherwise (pitfalls.md).
    theme: {
      fonts: {
        headings: { latin: FONTS.heading1, eastAsia: FONTS.heading1 },
        body: { latin: FONTS.body, eastAsia: FONTS.body },
      },
    },
    styles: {
      default: {
        document: {
          run: bodyRun,
          paragraph: { spacing: exact(BODY_LINE) },
        },
        title: {
          run: { font: fontSlots(FONTS.title), size: SIZES.title, bold: false, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            // Two lines of body spacing hold the 22 pt title; a blank line's space follows it.
            spacing: { ...exact(700), after: BODY_LINE },
          },
        },
        heading1: {
          run: { font: fontSlots(FONTS.heading1), size: SIZES.body, bold: false, color: '000000' },
          paragraph: {
            spacing: { ...exact(BODY_LINE), before: 0, after: 0 },
            indent: { firstLine: BODY_INDENT, firstLineChars: 200 },
            keepNext: true,
            outlineLevel: 0,
          },
        },
        heading2: {
          run: { font: fontSlots(FONTS.heading2), size: SIZES.body, bold: false, color: '000000' },
          paragraph: {
            spacing: { ...exact(BODY_LINE), before: 0, after: 0 },
            indent: { firstLine: BODY_INDENT, firstLineChars: 200 },
            keepNext: true,
            outlineLevel: 1,
          },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.body,
          name: 'Report Body',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: fontSlots(FONTS.body), size: SIZES.body },
          paragraph: {
            alignment: AlignmentType.BOTH,
            spacing: exact(BODY_LINE),
            indent: { firstLine: BODY_INDENT, firstLineChars: 200 },
          },
        },
        {
          id: STYLE.table,
          name: 'Report Table',
          basedOn: 'Normal',
          run: { font: fontSlots(FONTS.body), size: SIZES.table },
          // Single spacing in the tables: exact 28 pt lines would clip wrapped header words.
          paragraph: {
            spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
            indent: { firstLine: 0 },
          },
        },
        {
          id: STYLE.signature,
          name: 'Report Signature',
          basedOn: 'Normal',
          run: { font: fontSlots(FONTS.body), size: SIZES.body },
          paragraph: {
            alignment: AlignmentType.RIGHT,
            spacing: exact(BODY_LINE),
            indent: { right: BODY_INDENT },
          },
        },
        {
          id: STYLE.footer,
          name: 'Report Page Number',
          basedOn: 'Normal',
          run: { font: fontSlots(FONTS.pageNumber), size: SIZES.pageNumber },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              footer: PAGE.footer,
              header: PAGE.header,
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}
