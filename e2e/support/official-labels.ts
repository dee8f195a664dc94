// The official labels the journeys find things by, read from src/template as the app reads them,
// so that a journey follows the format's one source instead of a copy of its wording.
import { getFormat } from '../../src/template/formats';
import type { SectionId } from '../../src/template/section-ids';
import type { FormatId } from '../../src/template/spec-types';
import { cellLabel, formatCells } from '../../src/template/table-cells';

/** A section's title, as the step list, the headings and the report print it. */
export function sectionTitle(id: SectionId, formatId: FormatId = 'format-2021'): string {
  const section = getFormat(formatId).sections.find((s) => s.id === id);
  if (!section) throw new Error(`${formatId} has no section ${id}`);
  return section.title;
}

/** A table cell's accessible name: its row path and column path joined by " / ". */
export function cellName(cellId: string, formatId: FormatId = 'format-2021'): string {
  const cell = formatCells(getFormat(formatId)).get(cellId);
  if (!cell) throw new Error(`${formatId} has no cell ${cellId}`);
  return cellLabel(cell);
}

/** A text box's label (（二）依申请公开, 五、存在的主要问题及改进情况…) by its id. */
export function narrativeLabel(narrativeId: string, formatId: FormatId = 'format-2021'): string {
  const box = getFormat(formatId)
    .sections.flatMap((s) => s.narratives)
    .find((n) => n.id === narrativeId);
  if (!box) throw new Error(`${formatId} has no text box ${narrativeId}`);
  return box.label;
}

/** A table row's own label (the last of its row path), e.g. `（一）予以公开` for table 三's `open`. */
export function rowLabel(rowId: string, tableId = 't3', formatId: FormatId = 'format-2021'): string {
  const cell = [...formatCells(getFormat(formatId)).values()].find(
    (c) => c.tableId === tableId && c.rowId === rowId,
  );
  const label = cell?.rowPath.at(-1);
  if (label === undefined) throw new Error(`${formatId} has no row ${rowId} in ${tableId}`);
  return label;
}
