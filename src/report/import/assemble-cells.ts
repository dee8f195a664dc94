// Every cell of the format from the parts read: a figure read, a blank (with why), or what was
// there when it cannot be read. Nothing is left out: a cell of a table, row or column the source
// lacks is blank, never 0.
import type { FormatSpec } from '../../template/spec-types';
import { formatTables, tableCells } from '../../template/table-cells';
import type { ImportedCell, ImportedTable } from './imported-report';
import { readFigure } from './read-figure';
import { isBlankText, type Placed, type TablePart } from './table-part';

const shown = (text: string): string => text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();

export function assembleCells(
  format: FormatSpec,
  parts: readonly TablePart[],
): { readonly cells: Record<string, ImportedCell>; readonly tables: ImportedTable[] } {
  const cells: Record<string, ImportedCell> = {};
  const tables: ImportedTable[] = [];
  for (const table of formatTables(format)) {
    const own = parts.filter((p) => p.tableId === table.id);
    const section = format.sections.find((s) => s.table?.id === table.id);
    if (!section) continue;
    tables.push({
      tableId: table.id,
      sectionId: section.id,
      parts: own.length,
      extras: own.flatMap((p) => p.extras),
    });
    for (const spec of tableCells(table)) {
      const found: { placed: Placed; unit?: '元' | '万元' }[] = [];
      for (const p of own) {
        const placed = p.placed.get(spec.id);
        if (placed) found.push({ placed, ...(p.units.has(spec.id) ? { unit: p.units.get(spec.id) } : {}) });
      }
      const distinct = new Set(
        found.map((f) => (f.placed.kind === 'text' ? shown(f.placed.text) : `?${f.placed.source}`)),
      );
      const first = found[0];
      if (!first) {
        const why =
          own.length === 0
            ? 'no-table'
            : own.some((p) => p.rowsFound.has(spec.rowId))
              ? 'no-column'
              : 'no-row';
        cells[spec.id] = { state: 'blank', why };
      } else if (distinct.size > 1) {
        const texts = [...distinct].map((t) => `“${t.replace(/^\?/, '')}”`).join('、');
        cells[spec.id] = {
          state: 'unreadable',
          source: [...distinct].join(' / '),
          reason: `原表中这一格出现在多处，数不同：${texts}`,
        };
      } else if (first.placed.kind === 'unaligned') {
        cells[spec.id] = { state: 'unreadable', source: first.placed.source, reason: first.placed.reason };
      } else if (isBlankText(first.placed.text)) {
        cells[spec.id] = { state: 'blank', why: 'empty' };
      } else {
        const source = shown(first.placed.text);
        const figure = readFigure(first.placed.text, spec.kind, first.unit);
        cells[spec.id] =
          figure.state === 'read'
            ? { state: 'read', text: figure.text, source, ...(figure.note ? { note: figure.note } : {}) }
            : figure.state === 'blank'
              ? { state: 'blank', why: 'empty' }
              : { state: 'unreadable', source, reason: figure.reason };
      }
    }
  }
  return { cells, tables };
}
