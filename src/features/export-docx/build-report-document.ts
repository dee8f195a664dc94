// The report as a Word document: pure data → docx objects. The browser packs it with
// Packer.toBlob, Node (tests, the sample script) with Packer.toBuffer (pitfalls.md: each fails on
// the other side). Labels all come from the format spec; typography from docx-typography.ts.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Paragraph,
  SimpleField,
  TextRun,
  type FileChild,
} from 'docx';
import type { Report } from '../../report/report-schema';
import { getFormat } from '../../template/formats';
import { documentContent, type DocumentBlock } from '../../template/print-layout/document-content';
import { BODY_INDENT, BODY_LINE, FONTS, PAGE, SIZES, fontSlots, tableLine } from './docx-typography';
import { KEEP_WITH_NEXT, STYLE, exact, textRuns } from './docx-runs';
import { buildTable } from './docx-table';

function bodyParagraphs(paragraphs: readonly string[], keepLastWithNext: boolean): Paragraph[] {
  return paragraphs.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.body,
        // The last paragraph before the signature takes it along: its last lines and the signature
        // share a page, never a page with the signature and date alone.
        ...(keepLastWithNext && i === paragraphs.length - 1 ? KEEP_WITH_NEXT : {}),
        children: textRuns(line),
      }),
  );
}

function heading(level: 1 | 2, text: string): Paragraph {
  // keepNext comes with the heading styles: a heading is never the last line of a page.
  return new Paragraph({
    style: level === 1 ? STYLE.heading1 : STYLE.heading2,
    children: textRuns(text),
  });
}

function blockChildren(block: DocumentBlock, next: DocumentBlock | undefined): FileChild[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ style: STYLE.title, children: textRuns(block.lines.join('\n')) })];
    case 'heading':
      return [heading(block.level, block.text)];
    case 'text':
      return bodyParagraphs(block.paragraphs, next?.kind === 'signature');
    case 'table':
      // Half a line of space between a table and the heading after it, as an empty paragraph:
      // Word has no space-after for tables.
      return [buildTable(block), new Paragraph({ style: STYLE.table, spacing: exact(BODY_LINE / 2) })];
    case 'signature':
      return [
        ...(block.signatory
          ? [
              new Paragraph({
                style: STYLE.signature,
                spacing: { before: BODY_LINE },
                // The signatory and the date are one block: neither is left alone on a page.
                keepLines: true,
                ...(block.date ? KEEP_WITH_NEXT : {}),
                children: textRuns(block.signatory),
              }),
            ]
          : []),
        ...(block.date
          ? [new Paragraph({ style: STYLE.signature, keepLines: true, children: textRuns(block.date) })]
          : []),
      ];
  }
}

function pageNumberFooter(alignment: 'odd' | 'even'): Footer {
  // `— N —` in 4号 宋体, odd pages right and even pages left, one character in (GB/T 9704 §7.5).
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: alignment === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'odd' ? { right: 280 } : { left: 280 },
        // A simple PAGE field with a cached number: a reader that does not update fields (a
        // viewer, a converter, WPS in protected view) shows a number, not an empty `—  —`.
        children: [
          new TextRun('— '),
          new SimpleField('PAGE', alignment === 'odd' ? '1' : '2'),
          new TextRun(' —'),
        ],
      }),
    ],
  });
}

export function buildReportDocument(report: Report): Document {
  const blocks = documentContent(getFormat(report.formatId), report);
  const children = blocks.flatMap((block, i) => blockChildren(block, blocks[i + 1]));
  const title = blocks.find((b) => b.kind === 'title');
  const signature = blocks.find((b) => b.kind === 'signature');

  const bodyRun = { font: fontSlots(FONTS.body), size: SIZES.body, language: { eastAsia: 'zh-CN' } };
  return new Document({
    title: title?.kind === 'title' ? title.text : '',
    creator: (signature?.kind === 'signature' && signature.signatory) || 'nianbao',
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
          // Exact lines of 1.25 × the type size, as the preview's tables: auto spacing grows the
          // rows with whichever font is installed, and Word, WPS and LibreOffice then break pages
          // differently. (28 pt body lines would clip wrapped header words.)
          paragraph: {
            spacing: { ...exact(tableLine(SIZES.table)), before: 0, after: 0 },
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
