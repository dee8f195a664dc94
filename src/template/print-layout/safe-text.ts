// Text typed or pasted by the clerk, as the report prints it (the Word export and the preview
// alike), made safe for a .docx part. XML 1.0 allows only
// \t \n \r, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; one \v or \f pasted from Word or
// Excel anywhere else makes a file Word refuses to open (docx issue #345, pitfalls.md).

/** \v (Word's manual line break) and \f (its page break) separate lines where they came from. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is replaced
const BREAKS = /[\u000B\u000C\u2028\u2029]/g;
/** Everything else XML 1.0 forbids, lone surrogates included (the `u` flag leaves pairs whole). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is removed
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

export function safeText(text: string): string {
  return text.replace(BREAKS, '\n').replace(FORBIDDEN, '');
}

/** A narrative as paragraphs: each line break starts a paragraph, blank lines are dropped. */
export function textParagraphs(text: string): string[] {
  return safeText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
