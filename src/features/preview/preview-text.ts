// Text as the preview prints it, the same way the Word export does (src/features/export-docx
// safe-text.ts): line breaks start paragraphs, blank lines are dropped, and the control characters
// Word and Excel paste (\v, \f) separate lines instead of showing as boxes.

// eslint-disable-next-line no-control-regex -- these control characters are exactly what is replaced
const BREAKS = /[\u000B\u000C\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is removed
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** A narrative as paragraphs: each line break starts a paragraph, blank lines are dropped. */
export function previewParagraphs(text: string): string[] {
  return text
    .replace(BREAKS, '\n')
    .replace(FORBIDDEN, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `2022-01-21` → `2022年1月21日` (GB/T 9704-2012 writes the date in Arabic numerals). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
