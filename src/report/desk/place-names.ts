import { getFormat } from '../../template/formats';
import type { FormatId } from '../../template/spec-types';
import { cellLabel, formatCells } from '../../template/table-cells';
import { partTitle } from '../../template/part-titles';
import type { PartId } from '../../template/section-ids';
import type { DeskPlace } from './desk-finding';

/** How many cells a finding names before it says how many more. */
const CELLS_NAMED = 3;

/** A part of the report by its title, as the editor's findings panel names it. */
export function sectionName(formatId: FormatId, sectionId: PartId | undefined): string {
  return sectionId === undefined ? '' : partTitle(getFormat(formatId), sectionId);
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  'meta.signDate': '成文日期',
  'meta.agencyName': '机关名称',
  'meta.year': '报告年度',
  preamble: '引言',
};

/**
 * Where in a report a finding points, in words: cells by their accessible names (row path / column
 * path, as the grids name them), a few then how many more; else the text box or field.
 */
export function placeName(formatId: FormatId, place: DeskPlace): string {
  const specs = formatCells(getFormat(formatId));
  if (place.cells.length > 0) {
    const names = place.cells.slice(0, CELLS_NAMED).map((id) => {
      const spec = specs.get(id);
      return spec ? cellLabel(spec) : id;
    });
    const more = place.cells.length - CELLS_NAMED;
    return more > 0 ? `${names.join('；')} 等 ${place.cells.length} 个单元格` : names.join('；');
  }
  if (place.field === undefined) return '';
  const box = getFormat(formatId)
    .sections.flatMap((s) => s.narratives)
    .find((n) => n.id === place.field);
  return box?.label ?? FIELD_NAMES[place.field] ?? place.field;
}
