import type { TableLayout } from '../../template/layout-table';

/** The 156 mm text width in twips, the unit the Word export lays its columns out in. */
const TEXT_WIDTH = 8845;

/**
 * Widths of a table's grid columns as percentages of the text width: the same proportions as the
 * Word export's columns (src/features/export-docx column-widths.ts), so the preview wraps labels
 * where the .docx does. Label columns get room for their longest labels; data columns share the rest.
 */
export function previewColumnWidths(layout: TableLayout): number[] {
  const labels =
    layout.labelColumns === 0
      ? []
      : layout.labelColumns === 1
        ? [2645]
        : layout.labelColumns === 3
          ? [820, 1160, 2665]
          : Array.from({ length: layout.labelColumns }, () => Math.floor(4600 / layout.labelColumns));
  const dataColumns = layout.columnCount - labels.length;
  const rest = TEXT_WIDTH - labels.reduce((a, b) => a + b, 0);
  const twips = [...labels, ...Array.from({ length: dataColumns }, () => rest / dataColumns)];
  return twips.map((w) => (w / TEXT_WIDTH) * 100);
}
