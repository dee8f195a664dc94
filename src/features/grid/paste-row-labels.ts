// People copy a block from Excel or WPS with its row labels in the first column(s), as the sheet
// shows them. Those labels are not figures to refuse: where they name the row the line lands on,
// they are dropped; where they name another row, the block was copied from the wrong place.

/** A figure as a spreadsheet shows it, before normalising: a cell that holds one is no label. */
const LOOKS_NUMERIC = /^[\s\d０-９.,，．+\-－−—–元万]*$/;

/** The leading columns of the block that hold labels: text in some line, a figure in none. */
export function labelColumnCount(block: readonly (readonly string[])[]): number {
  let k = 0;
  // A label column is followed by figures: a block of text only is not labelled figures.
  const width = Math.max(0, ...block.map((line) => line.length));
  while (k < width - 1) {
    const column = block.map((line) => (line[k] ?? '').trim());
    const hasText = column.some((t) => t !== '' && !LOOKS_NUMERIC.test(t));
    const hasFigure = column.some((t) => t !== '' && LOOKS_NUMERIC.test(t));
    if (!hasText || hasFigure) break;
    k++;
  }
  return k;
}

/** A label as compared: no spaces, one kind of parentheses and punctuation. */
function plain(label: string): string {
  return label
    .replace(/[\s\u00A0\u3000]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[、,，.．:：]/g, '');
}

/** The label without its numbering: （一）, 一、, 1., 第一项. */
function core(label: string): string {
  return plain(
    label.replace(
      /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十\d]+[项条])/,
      '',
    ),
  );
}

/** Whether a copied label names the row whose path (outermost first) is `rowPath`. */
export function labelMatchesRow(label: string, rowPath: readonly string[]): boolean {
  const l = core(label);
  const whole = plain(label);
  if (whole === '') return true;
  return rowPath.some((segment) => {
    const s = core(segment);
    if (l === '') return plain(segment).startsWith(whole);
    return s === l || (l.length >= 2 && s.includes(l)) || (s.length >= 2 && l.includes(s));
  });
}
