import type { FormatSpec, SectionSpec } from '../spec-types';

export function sectionOfTable(format: FormatSpec, tableId: string): SectionSpec['id'] {
  const section = format.sections.find((s) => s.table?.id === tableId);
  if (!section) throw new Error(`no section holds table ${tableId}`);
  return section.id;
}
