import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './html-blocks';
import type { SourceBlock } from './source-document';

const shape = (b: SourceBlock) =>
  b.kind === 'paragraph'
    ? b.text
    : b.rows.map((row) =>
        row.map(
          (c) =>
            `${c.text}@${c.col}${c.colSpan > 1 ? `+${c.colSpan}` : ''}${c.rowSpan > 1 ? `v${c.rowSpan}` : ''}`,
        ),
      );

describe('htmlBlocks', () => {
  it('reads Word-pasted paragraphs: runs split mid-word, &nbsp; padding, a source line break between characters', () => {
    const { blocks } = htmlBlocks(
      `<p class=MsoNormal style='mso-pagination:widow-orphan'><span style='font-family:黑体'>一、</span><span>总体</span><span>情况&nbsp;&nbsp;</span><o:p></o:p></p>
       <p class=MsoNormal>&nbsp;</p>
       <p class=MsoNormal>\t<span lang=EN-US>2021</span>年，我镇高度重视政府信息
公开工作。</p>`,
    );
    expect(blocks.map(shape)).toEqual(['一、总体情况', '2021年，我镇高度重视政府信息公开工作。']);
  });

  it('lays a table out with colspan and rowspan, cells keeping their paragraphs as lines', () => {
    const { blocks } = htmlBlocks(`<table><tbody>
      <tr><td rowspan=2><p>结</p><p>果</p><p>维</p><p>持</p></td><td colspan="2">行政诉讼</td></tr>
      <tr><td>本年新<br>制作数量</td><td>&nbsp;0</td></tr>
    </tbody></table>`);
    expect(blocks.map(shape)).toEqual([
      [
        ['结\n果\n维\n持@0v2', '行政诉讼@1+2'],
        ['本年新\n制作数量@1', '0@2'],
      ],
    ]);
  });

  it('reads the tables inside a layout table, skips scripts, styles and hidden text, and keeps the page title', () => {
    const { blocks, title } =
      htmlBlocks(`<html><head><title>某镇2021年报告</title><style>p{}</style></head><body>
      <script>var x = '<p>no</p>';</script>
      <table><tr><td><p>正文</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>
      <div style="display: none">隐藏</div></body></html>`);
    expect(title).toBe('某镇2021年报告');
    expect(blocks.map(shape)).toEqual(['正文', [['规章@0', '0@1']]]);
  });

  it('treats a <br> between paragraphs of the body as a paragraph break', () => {
    expect(htmlBlocks('第一段<br>第二段').blocks.map(shape)).toEqual(['第一段', '第二段']);
  });
});
