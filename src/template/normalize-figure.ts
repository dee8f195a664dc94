// Figures typed or pasted by a clerk come from Word, WPS, Excel and Chinese input methods:
// full-width digits (１２), full-width punctuation, thousands separators and stray spaces.
// This turns them into the plain form the tables print; it never guesses at words such as 无.

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** The canonical form of a typed figure, or the input trimmed when it is not a figure at all. */
export function normalizeFigure(raw: string): string {
  let s = raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[．。]/g, '.')
    .replace(/[－−﹣]/g, '-')
    .replace(/＋/g, '+')
    // spaces of every width, and the invisible marks pasted along with text
    .replace(/[\s\u00A0\u3000\u200B-\u200F\u2060\uFEFF]/g, '');
  // thousands separators only between digit groups: 1,234 and 1，234,567
  if (/^[+-]?\d{1,3}([,，]\d{3})+(\.\d+)?(元|万元)?$/.test(s)) s = s.replace(/[,，]/g, '');
  // leading zeros: 007 → 7, 00 → 0, 0.5 stays
  s = s.replace(/^([+-]?)0+(?=\d)/, '$1');
  if (s === '-0' || s === '+0') s = '0';
  if (/^\+\d/.test(s)) s = s.slice(1);
  return s;
}
