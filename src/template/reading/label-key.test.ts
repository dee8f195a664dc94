import { describe, expect, it } from 'vitest';
import { SECTION_TITLES } from '../common-parts';
import { labelBody, labelKey, numeralValue, splitNumbering, splitUnit } from './label-key';

describe('splitNumbering', () => {
  it.each([
    ['一、总体情况', 'section', 1, '总体情况'],
    ['六、 其他需要报告的事项', 'section', 6, '其他需要报告的事项'],
    ['1、 总体情况', 'arabic', 1, '总体情况'],
    ['5、 政府信息公开工作存在的主要问题及改进情况', 'arabic', 5, '政府信息公开工作存在的主要问题及改进情况'],
    ['（一）、加强领导，健全机构。', 'paren', 1, '加强领导，健全机构。'],
    ['(五)监督保障', 'paren', 5, '监督保障'],
    ['(一) 予以公开', 'paren', 1, '予以公开'],
    ['（十二）其他', 'paren', 12, '其他'],
    ['3.其他', 'arabic', 3, '其他'],
    ['１．属于国家秘密', 'arabic', 1, '属于国家秘密'],
    ['②重复申请', 'circled', 2, '重复申请'],
    ['\u3000\u3000二十一、附则', 'section', 21, '附则'],
  ])('%j is numbered', (text, style, value, rest) => {
    expect(splitNumbering(text)).toMatchObject({ style, value, rest });
  });

  it.each([
    '2021年，我镇高度重视',
    '1.5万元',
    '一是加大公开力度',
    '十分重视',
    '第二十条第（一）项',
    '总体情况',
  ])('%j has no heading number', (text) => {
    expect(splitNumbering(text).printed).toBe('');
  });
});

describe('numeralValue', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['７', 7],
  ])('%s is %d', (text, n) => expect(numeralValue(text)).toBe(n));

  it.each(['', '十十', '百', '二二'])('%j is no numeral', (text) =>
    expect(numeralValue(text)).toBeUndefined(),
  );
});

describe('labelKey and labelBody', () => {
  it('read widths, spaces, line breaks, &nbsp; and quotes alike', () => {
    expect(labelKey(' 结果\n维持\u00A0')).toBe(labelKey('结果维持'));
    expect(labelKey('3.危及"三安全一稳定"')).toBe(labelKey('3.危及“三安全一稳定”'));
    expect(labelKey('（二）')).toBe(labelKey('(二)'));
  });

  it('give a label its words only: numbering and punctuation do not count', () => {
    expect(labelBody('(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)')).toBe(
      labelBody('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    );
    expect(labelBody('2、 上年结转政府信息公开申请数量')).toBe(labelBody('二、上年结转政府信息公开申请数量'));
    expect(labelBody('本年增/减')).toBe('本年增减');
    expect(labelBody(SECTION_TITLES.s4)).toBe('政府信息公开行政复议行政诉讼情况');
  });
});

describe('splitUnit', () => {
  it.each([
    ['本年收费金额（单位：万元）', '本年收费金额', '万元'],
    ['采购总金额(元)', '采购总金额', '元'],
    ['采购总金额（单位: 元） ', '采购总金额', '元'],
  ])('%j has its unit at the end', (text, label, unit) => {
    expect(splitUnit(text)).toEqual({ label, unit });
  });

  it('leaves a label without a unit as it is', () => {
    expect(splitUnit('采购总金额')).toEqual({ label: '采购总金额' });
  });
});
