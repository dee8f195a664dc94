import { describe, expect, it } from 'vitest';
import { parseClipboard } from './parse-clipboard';

describe('parseClipboard', () => {
  it('reads an Excel block with its trailing newline as rows of cells', () => {
    expect(parseClipboard('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('reads LF and CR line ends and a block without a trailing newline', () => {
    expect(parseClipboard('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboard('1\r2\r')).toEqual([['1'], ['2']]);
  });

  it('keeps empty cells, including a row of empty cells inside the block', () => {
    expect(parseClipboard('1\t\t3\n\t\t\n')).toEqual([
      ['1', '', '3'],
      ['', '', ''],
    ]);
    expect(parseClipboard('1\n\n2\n')).toEqual([['1'], [''], ['2']]);
  });

  it('reads a single value as a one-cell block', () => {
    expect(parseClipboard('42')).toEqual([['42']]);
    expect(parseClipboard('42\n')).toEqual([['42']]);
  });

  it('reads an empty clipboard as an empty block', () => {
    expect(parseClipboard('')).toEqual([]);
  });

  it('unquotes cells that hold tabs, newlines or doubled quotes', () => {
    expect(parseClipboard('"a\tb"\t"x\ny"\t"say ""hi"""\r\n')).toEqual([['a\tb', 'x\ny', 'say "hi"']]);
  });

  it('takes a quote that does not wrap the whole cell as typed text', () => {
    expect(parseClipboard('"12\t3\n')).toEqual([['"12', '3']]);
    expect(parseClipboard('"a"b\t1')).toEqual([['"a"b', '1']]);
  });
});
