// The official tables as Word tables: the layout's merges as gridSpan and vMerge, fixed column
// widths, header rows repeated on every page, rows never split, section 二's bands kept whole.
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { GridCell } from '../../template/layout-table';
import { gridCellText, type TableBlock } from '../../template/print-layout/document-content';
import { TEXT_WIDTH_TWIPS } from '../../template/print-layout/page-geometry';
import { KEEP_WITH_NEXT, STYLE, exact, textRuns } from './docx-runs';
import { SIZES, TABLE_CELL_MARGIN_Y, tableLine } from './docx-typography';

interface TableStyle {
  readonly size: number;
  /** Left and right cell margins. */
  readonly margin: number;
}

function tableStyleOf(block: TableBlock): TableStyle {
  // Table 四 has 15 numeric columns on a portrait page: a smaller font and tight margins, with
  // header words allowed to wrap, keep it within the 156 mm text width.
  return block.small ? { size: SIZES.smallTable, margin: 28 } : { size: SIZES.table, margin: 57 };
}

function gridCellParagraph(cell: GridCell, text: string, style: TableStyle, keepNext: boolean): Paragraph {
  // Leaf row labels read left to right like the notice's table; headers, merged parents and
  // figures are centred.
  const left = cell.kind === 'row-label' && cell.rowSpan === 1;
  return new Paragraph({
    style: STYLE.table,
    alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: exact(tableLine(style.size)),
    ...(keepNext ? KEEP_WITH_NEXT : {}),
    children: textRuns(text, style.size),
  });
}

/**
 * Rows that stay on the page of the row below: every row of a band of section 二's table but its
 * last (第二十条第（X）项, the band's header and its figures are one small table on the page).
 * Word keeps a row with the next when the paragraphs in it carry keepNext.
 */
function rowsKeptWithNext(block: TableBlock): boolean[] {
  const { rows } = block.layout;
  const banded = rows.some((line) => line[0]?.kind === 'item');
  return rows.map((_, r) => {
    const next = rows[r + 1];
    return banded && next !== undefined && next[0]?.kind !== 'item';
  });
}

export function buildTable(block: TableBlock): Table {
  const { layout, widths } = block;
  const style = tableStyleOf(block);
  const keep = rowsKeptWithNext(block);
  const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const rows = layout.owner.map((line, r) => {
    const children: TableCell[] = [];
    let k = 0;
    while (k < layout.columnCount) {
      const owner = line[k];
      if (!owner) throw new Error(`layout hole at ${r},${k} in ${layout.tableId}`);
      const width = { size: spanWidth(owner.col, owner.colSpan), type: WidthType.DXA };
      const common = {
        width,
        columnSpan: owner.colSpan,
        verticalAlign: VerticalAlignTable.CENTER,
      } as const;
      if (owner.row === r) {
        const text = gridCellText(block, owner);
        children.push(
          new TableCell({
            ...common,
            ...(owner.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
            children: [gridCellParagraph(owner, text, style, keep[r] ?? false)],
          }),
        );
      } else {
        // A cell merged from above: every covered row carries a CONTINUE cell over the same grid
        // columns, the form Word, WPS and LibreOffice all read (docx #695, pitfalls.md).
        children.push(
          new TableCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [
              new Paragraph({
                style: STYLE.table,
                spacing: exact(tableLine(style.size)),
                ...(keep[r] ? KEEP_WITH_NEXT : {}),
              }),
            ],
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
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: {
      left: style.margin,
      right: style.margin,
      top: TABLE_CELL_MARGIN_Y,
      bottom: TABLE_CELL_MARGIN_Y,
    },
  });
}
