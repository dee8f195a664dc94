import { CHINESE_DIGITS, numeralValue } from '../../template/reading/label-key';

/** A digit of a year written in Chinese (`二〇二二`, also with ○ or a letter O for the zero). */
function yearDigit(c: string): number | undefined {
  return /^[○ＯOo]$/.test(c) ? 0 : CHINESE_DIGITS[c];
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A text that is only a date, as a signature prints it (`2022年1月21日`, `二〇二二年一月二十一日`,
 * `2022-01-21`, `2022.1.21`), as `YYYY-MM-DD`; undefined for anything else.
 */
export function readDate(text: string): string | undefined {
  const s = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  const digits = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|[-./](\d{1,2})[-./](\d{1,2})日?)$/.exec(s);
  if (digits) {
    const month = Number(digits[2] ?? digits[4]);
    const day = Number(digits[3] ?? digits[5]);
    return iso(Number(digits[1]), month, day);
  }
  const words =
    /^([〇零Ｏo○一二三四五六七八九]{4})年([一二三十]{1,3})月([一二三四五六七八九十]{1,3})日$/i.exec(s);
  if (!words) return undefined;
  const year = Number([...(words[1] ?? '')].map((c) => yearDigit(c) ?? 0).join(''));
  const month = numeralValue(words[2] ?? '');
  const day = numeralValue(words[3] ?? '');
  return month && day ? iso(year, month, day) : undefined;
}
