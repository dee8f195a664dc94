import type { TableLayout } from '../layout-table';
import { TEXT_WIDTH_TWIPS } from './page-geometry';

/**
 * Widths of the grid columns of a table, in twips, adding up to the 156 mm text width: a
 * typographic fact of the printed table that the Word export and the preview both use, so the
 * preview wraps labels where the .docx does. LibreOffice and WPS lay a table out from its grid and
 * cell widths, so the export gives every one (docx #556, #1618). Label columns get room for their
 * longest labels; data columns share the rest equally.
 */
export function columnWidths(layout: TableLayout): number[] {
  const labelWidths = labelColumnWidths(layout);
  const dataColumns = layout.columnCount - labelWidths.length;
  const rest = TEXT_WIDTH_TWIPS - labelWidths.reduce((a, b) => a + b, 0);
  const base = Math.floor(rest / dataColumns);
  const extra = rest - base * dataColumns;
  // The rounding remainder goes to the first data columns, one twip each.
  const data = Array.from({ length: dataColumns }, (_, i) => base + (i < extra ? 1 : 0));
  return [...labelWidths, ...data];
}

/** The same widths as percentages of the text width, for HTML's <col>. */
export function columnWidthPercents(layout: TableLayout): number[] {
  return columnWidths(layout).map((w) => (w / TEXT_WIDTH_TWIPS) * 100);
}

function labelColumnWidths(layout: TableLayout): number[] {
  switch (layout.labelColumns) {
    case 0:
      return [];
    case 1:
      // Section 二: row labels of up to ten characters (2019's item five) beside three figures.
      return [2645];
    case 3:
      // Table 三: a narrow column for the outcome block's label (merged down, its text wraps), one
      // for the outcome groups, and a wide one for the long item labels.
      return [820, 1160, 2665];
    default:
      return Array.from({ length: layout.labelColumns }, () => Math.floor(4600 / layout.labelColumns));
  }
}
