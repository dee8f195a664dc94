import { describe, expect, it } from 'vitest';
import { docxBlocks } from './docx-blocks';
import { formatCounter } from './docx-numbering';
import type { SourceBlock } from './source-document';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const doc = (body: string, prefix = 'w') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
const p = (text: string, pPr = '') => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${p(text)}</w:tc>`;

const shape = (b: SourceBlock) =>
  b.kind === 'paragraph'
    ? b.text
    : b.rows.map((row) =>
        row.map(
          (c) =>
            `${c.text}@${c.col}${c.colSpan > 1 ? `+${c.colSpan}` : ''}${c.rowSpan > 1 ? `v${c.rowSpan}` : ''}`,
        ),
      );

const NUMBERING = `<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;
const STYLES = `<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>
</w:styles>`;
const num = (numId: number, ilvl?: number) =>
  `<w:pPr><w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr></w:pPr>`;

describe('docxBlocks', () => {
  it('puts automatic numbers back in front of headings, counting as Word does', () => {
    const { blocks } = docxBlocks({
      document: doc(
        [
          p('总体情况', num(1, 0)),
          p('主动公开', num(1, 1)),
          p('依申请公开', num(1, 1)),
          p('要点', num(1, 2)),
          p('主动公开政府信息情况', '<w:pPr><w:pStyle w:val="MyHeading"/></w:pPr>'),
          p('下一级重新计数', num(1, 1)),
          p('列表项', num(2, 0)),
          p('不编号', num(0, 0)),
          p('第五部分', num(3, 0)),
        ].join(''),
      ),
      numbering: NUMBERING,
      styles: STYLES,
    });
    expect(blocks.map(shape)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '1.要点',
      '二、主动公开政府信息情况',
      '（一）下一级重新计数',
      '列表项',
      '不编号',
      '五、第五部分',
    ]);
    expect(blocks[0]).toMatchObject({ autoNumber: '一、' });
  });

  it('reads runs, tabs and breaks; not deleted text, field codes or hidden text', () => {
    const { blocks } = docxBlocks({
      document: doc(
        `<w:p><w:r><w:t>本年</w:t></w:r><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
          `<w:hyperlink><w:r><w:t>制作</w:t></w:r></w:hyperlink><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>` +
          `<w:r><w:br/><w:t>数量</w:t><w:tab/></w:r></w:p>`,
      ),
    });
    expect(blocks.map(shape)).toEqual(['本年新制作\n数量\t']);
  });

  it('lays tables out on their grid: gridSpan, vMerge, gridBefore, hMerge', () => {
    const { blocks } = docxBlocks({
      document: doc(
        `<w:tbl>` +
          `<w:tr>${tc('三、本年度办理结果', '<w:vMerge w:val="restart"/>')}${tc('（一）予以公开', '<w:gridSpan w:val="2"/>')}${tc('3')}</w:tr>` +
          `<w:tr>${tc('', '<w:vMerge/>')}${tc('（三）不予公开')}${tc('1.属于国家秘密')}${tc('0')}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('a', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('9')}</w:tr>` +
          `</w:tbl>`,
      ),
    });
    expect(blocks.map(shape)).toEqual([
      [
        ['三、本年度办理结果@0v2', '（一）予以公开@1+2', '3@3'],
        ['（三）不予公开@1', '1.属于国家秘密@2', '0@3'],
        ['a@1+2', '9@3'],
      ],
    ]);
  });

  it('keeps text typed into a continuing merged cell with the cell it continues', () => {
    const { blocks } = docxBlocks({
      document: doc(
        `<w:tbl><w:tr>${tc('结果', '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${tc('维持', '<w:vMerge/>')}</w:tr></w:tbl>`,
      ),
    });
    expect(blocks.map(shape)).toEqual([[['结果\n维持@0v2'], []]]);
  });

  it('reads the tables inside a layout table, content controls, text boxes, and another namespace prefix', () => {
    const inner = `<w:tbl><w:tr>${tc('规章')}${tc('0')}</w:tr></w:tbl>`;
    const { blocks } = docxBlocks({
      document: doc(
        `<w:sdt><w:sdtContent>${p('控件中的段落')}</w:sdtContent></w:sdt>` +
          `<w:tbl><w:tr><w:tc>${p('说明')}${inner}</w:tc></w:tr></w:tbl>` +
          `<w:p><w:r><w:drawing><wp:inline xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx><w:txbxContent>${p('文本框中的标题')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
      ),
    });
    expect(blocks.map(shape)).toEqual(['控件中的段落', '说明', [['规章@0', '0@1']], '文本框中的标题', '']);
    const other = docxBlocks({ document: doc(p('x').replace(/w:/g, 'ns0:'), 'ns0') });
    expect(other.blocks.map(shape)).toEqual(['x']);
  });

  it('reads the title property', () => {
    const core = `<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某镇2021年政府信息公开工作年度报告</dc:title></cp:coreProperties>`;
    expect(docxBlocks({ document: doc(''), core }).title).toBe('某镇2021年政府信息公开工作年度报告');
  });
});

describe('formatCounter', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [21, 'chineseCountingThousand', '二十一'],
    [3, 'decimalEnclosedCircleChinese', '③'],
    [2, 'ideographTraditional', '乙'],
    [4, 'upperRoman', 'IV'],
    [3, 'lowerLetter', 'c'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimal', '7'],
  ])('%d in %s is %s', (n, format, text) => {
    expect(formatCounter(n, format)).toBe(text);
  });
});
