// Reading a printed label: the official text and what a Word file, a portal page or copied text
// holds for it are compared through the same keys, so that full-width and half-width forms,
// spaces, line breaks, `&nbsp;`, curly or straight quotes and a lost or changed numbering
// (`2、 上年结转…` for `二、上年结转…`) do not hide a label (real-inputs.md).

/** Spaces of every width and the invisible marks pasted along with text. */
const SPACES = /[\s\u00A0\u3000\u200B-\u200F\u2060\uFEFF]+/g;
const QUOTES = /["'“”‘’„‟「」『』]/g;
/** Punctuation and symbols, dropped from a label's body: `本年增/减` and `本年增减` read the same. */
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** The Chinese digits, 〇 to 九 (两 as 二). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in Chinese numerals up to 99 (`三`, `十二`, `二十一`), or in digits. */
export function numeralValue(text: string): number | undefined {
  const s = text.normalize('NFKC');
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CHINESE_DIGITS[tens] : undefined;
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

/** The kinds of heading numbers reports use, from the outermost: `一、`, `（一）`, `1.`, `①`. */
type NumberingStyle = 'section' | 'paren' | 'arabic' | 'circled';

interface Numbering {
  /** The number as printed, e.g. `（一）、` or `2、 `; empty when the text has none. */
  readonly printed: string;
  readonly style?: NumberingStyle;
  readonly value?: number;
  /** The text after the number. */
  readonly rest: string;
}

const NUMBERING =
  /^[\s\u00A0\u3000]*(?:(第?([一二三四五六七八九十]{1,3})(?:部分)?[\s\u00A0\u3000]*[、.．])|([（(][\s\u00A0\u3000]*([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[\s\u00A0\u3000]*[）)][\s\u00A0\u3000]*[、.．]?)|(([0-9０-９]{1,2})[\s\u00A0\u3000]*(?:[、．]|\.(?![0-9０-９])|[）)]))|([\u2460-\u2473]))[\s\u00A0\u3000]*/;

/**
 * The heading number a text starts with, and the rest. `1.5万元` and `2021年` are not numbers of
 * a heading; `3.其他` and `（三）、加强领导` are.
 */
export function splitNumbering(text: string): Numbering {
  const m = NUMBERING.exec(text);
  if (!m) return { printed: '', rest: text.trim() };
  const printed = m[0];
  const rest = text.slice(printed.length).trim();
  if (m[1] !== undefined) return { printed, style: 'section', value: numeralValue(m[2] ?? ''), rest };
  if (m[3] !== undefined) return { printed, style: 'paren', value: numeralValue(m[4] ?? ''), rest };
  if (m[5] !== undefined) return { printed, style: 'arabic', value: numeralValue(m[6] ?? ''), rest };
  const circled = (m[7] ?? '').charCodeAt(0) - 0x2460 + 1;
  return { printed, style: 'circled', value: circled, rest };
}

/** The text as a comparison key: NFKC (full-width → half-width), no spaces, no quotes, lower case. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

/**
 * The words of a label without its number, punctuation and symbols: `（二）部分公开（区分处理的，…）`
 * and `(二) 部分公开(区分处理的, …)` have the same body, as do `2、 上年结转…` and `二、上年结转…`.
 */
export function labelBody(text: string): string {
  return labelKey(splitNumbering(text.normalize('NFKC')).rest).replace(PUNCTUATION, '');
}

const UNIT =
  /[（(][\s\u00A0\u3000]*(?:单位[\s\u00A0\u3000]*[:：][\s\u00A0\u3000]*)?(万元|元)[\s\u00A0\u3000]*[）)][\s\u00A0\u3000]*$/;

/** A header's unit in brackets at its end (`（单位：万元）`, `(元)`), and the label without it. */
export function splitUnit(text: string): { readonly label: string; readonly unit?: '元' | '万元' } {
  const m = UNIT.exec(text);
  if (!m) return { label: text };
  return { label: text.slice(0, m.index), unit: m[1] === '元' ? '元' : '万元' };
}
