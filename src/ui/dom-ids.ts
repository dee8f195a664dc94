// DOM ids shared by the features, so a finding listed in one place (findings panel, preview
// banner) can take the clerk to the input it concerns in another (grid, form).
import type { Finding } from '../template/rules/finding';

/** The id of a table cell's <input>: `cell-t3-new-natural` for cell `t3:new:natural`. */
export function cellDomId(cellId: string): string {
  return `cell-${cellId.replace(/:/g, '-')}`;
}

/** The id of a form field's control: `field-meta-signDate`, `field-s1-active`, `field-preamble`. */
export function fieldDomId(field: string): string {
  return `field-${field.replace(/[.:]/g, '-')}`;
}

/**
 * Where a finding takes the clerk: the input of its first cell, else of its field; a finding about
 * words in a text box (a phrase) takes the clerk to that box, even when it names cells too.
 */
export function findingDomId(f: Finding): string | undefined {
  if (f.phrase && f.field) return fieldDomId(f.field);
  const cell = f.cells[0];
  if (cell !== undefined) return cellDomId(cell);
  return f.field ? fieldDomId(f.field) : undefined;
}
