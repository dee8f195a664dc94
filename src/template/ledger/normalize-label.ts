// Typed labels are compared with the official ones after both go through the same normalisation,
// so full-width and half-width forms, spaces and quotes never decide whether a value is read.

// `\s` covers U+00A0 and U+3000 (after NFKC the ideographic space is a plain one anyway), not the
// zero-width characters that text pasted from Word or a web page carries.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;
// Typed as straight quotes, curly ones or corner brackets: `危及"三安全一稳定"`.
const QUOTES = /["'“”‘’「」『』]/gu;

/**
 * A label as compared: NFKC (full-width letters, digits, brackets and slashes become half-width),
 * no spaces, no quotes, and `1、` read as `1.` (the numbering Chinese typing gives by habit).
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '')
    .replace(/(\d)[、,]/gu, '$1.');
}

const ENUMERATOR = /^(\([一二三四五六七八九十]+\)|\d+\.|[一二三四五六七八九十]+、)/u;
const TRAILING_NOTE = /\([^()]*\)$/u;

/**
 * A normalised label without its numbering and a trailing note: `(二)部分公开(区分处理的，…)` is
 * `部分公开`, so a clerk who writes the short form is understood.
 */
export function labelCore(normalized: string): string {
  return normalized.replace(ENUMERATOR, '').replace(TRAILING_NOTE, '');
}
