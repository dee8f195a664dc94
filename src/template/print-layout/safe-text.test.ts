import { describe, expect, it } from 'vitest';
import { safeText, textParagraphs } from './safe-text';

describe('safeText', () => {
  it('removes what XML 1.0 forbids and keeps everything else, emoji pairs included', () => {
    expect(safeText('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(safeText('x\uD800y\uDFFFz')).toBe('xyz');
    expect(safeText('tab\there\r\n😀《条例》')).toBe('tab\there\r\n😀《条例》');
  });

  it('turns pasted vertical tabs and form feeds into line breaks', () => {
    expect(safeText('一\u000B二\u000C三')).toBe('一\n二\n三');
  });
});

describe('textParagraphs', () => {
  it('makes a paragraph of each line and drops blank lines and typed indents', () => {
    expect(textParagraphs('\u3000\u3000第一段。\r\n\r\n第二段。\r第三段。\n  \n')).toEqual([
      '第一段。',
      '第二段。',
      '第三段。',
    ]);
    expect(textParagraphs('')).toEqual([]);
  });
});
