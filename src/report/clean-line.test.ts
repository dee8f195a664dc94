import { describe, expect, test } from 'vitest';
import { cleanLine } from './clean-line';

describe('cleanLine', () => {
  test('drops a right-to-left override that would show the name reversed', () => {
    expect(cleanLine('\u202e府政民人镇山阁\u202c')).toBe('府政民人镇山阁');
    expect(cleanLine('阁山镇\u202d人民政府')).toBe('阁山镇人民政府');
  });

  test.each([
    ['embeddings and overrides U+202A–U+202E', '\u202a\u202b\u202c\u202d\u202e'],
    ['isolates U+2066–U+2069', '\u2066\u2067\u2068\u2069'],
    ['zero-width characters and marks U+200B–U+200F', '\u200b\u200c\u200d\u200e\u200f'],
    ['the byte order mark and the word joiner', '\ufeff\u2060'],
    ['control characters', '\u0000\u0007\u000b\u000c\u001b\u007f\u0085'],
    ['line breaks and tabs (the field is one line)', '\r\n\t\u2028\u2029'],
  ])('removes %s', (_what, junk) => {
    expect(cleanLine(`阁山${junk}镇人民政府`)).toBe('阁山镇人民政府');
  });

  test('keeps ordinary text, spaces, full-width punctuation and characters outside the BMP', () => {
    const text = ' 江西省樟树市 阁山镇（党政办）·0795-7161260 𠀀 ';
    expect(cleanLine(text)).toBe(text);
  });

  test('does not trim, so a space typed between words survives the next keystroke', () => {
    expect(cleanLine('某某 ')).toBe('某某 ');
  });
});
