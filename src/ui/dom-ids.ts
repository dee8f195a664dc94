// DOM ids shared by the features, so a finding listed in one place (findings panel, preview
// banner) can take the clerk to the input it concerns in another (grid, form).

/** The id of a table cell's <input>: `cell-t3-new-natural` for cell `t3:new:natural`. */
export function cellDomId(cellId: string): string {
  return `cell-${cellId.replace(/:/g, '-')}`;
}

/** The id of a form field's control: `field-meta-signDate`, `field-s1-active`, `field-preamble`. */
export function fieldDomId(field: string): string {
  return `field-${field.replace(/[.:]/g, '-')}`;
}
