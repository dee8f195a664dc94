import { describe, expect, it } from 'vitest';
import type { SourceBlock } from './source-document';
import { textBlocks } from './text-blocks';

const grid = (block: SourceBlock | undefined) =>
  block?.kind === 'table' ? block.rows.map((row) => row.map((c) => c.text)) : block?.text;

describe('textBlocks', () => {
  it('reads text copied out of Word: one cell per tab line, rows between empty lines, merged cells empty', () => {
    const blocks = textBlocks(
      [
        '二、主动公开',
        '\t信息内容',
        '\t本年制发件数',
        '',
        '\t\t规章\t',
        '\t0 ',
        '',
        '\t',
        '\t商业',
        '企业',
        '',
        '',
        '三、下一部分',
      ].join('\n'),
    );
    expect(blocks.map(grid)).toEqual([
      '二、主动公开',
      [
        ['信息内容', '本年制发件数'],
        ['规章', '0'],
        ['', '商业\n企业'],
      ],
      '三、下一部分',
    ]);
    expect(blocks[1]).toMatchObject({ kind: 'table', positioned: false });
  });

  it('reads text copied from a web page: one row per line, cells between tabs', () => {
    const blocks = textBlocks('标题\n规章\t0\t0\t0\n行政许可\t5\t\t\n\n正文。');
    expect(blocks.map(grid)).toEqual([
      '标题',
      [
        ['规章', '0', '0', '0'],
        ['行政许可', '5', '', ''],
      ],
      '正文。',
    ]);
  });

  it('takes a paragraph indented by a tab for a paragraph, not a table', () => {
    const long = '2021年，我镇高度重视政府信息公开工作，逐步健全完善政府信息公开工作机制。';
    expect(textBlocks(`\t${long}\n\t第二段。`).map(grid)).toEqual([long, '第二段。']);
  });

  it('reads Markdown tables, headings and bold left by converters, and drops [bookmark: _GoBack]', () => {
    const blocks = textBlocks(
      '## 二、主动公开\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | [bookmark: _GoBack]0 |\n\n**(一) 主动公开** 正文',
    );
    expect(blocks.map(grid)).toEqual([
      '二、主动公开',
      [
        ['信息内容', '本年制发件数'],
        ['规章', '0'],
      ],
      '(一) 主动公开 正文',
    ]);
  });

  it('reads Windows line ends and a byte order mark', () => {
    expect(textBlocks('\uFEFF一、总体情况\r\n正文\r\n').map(grid)).toEqual(['一、总体情况', '正文']);
  });
});
