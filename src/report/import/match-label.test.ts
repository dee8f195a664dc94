import { describe, expect, it } from 'vitest';
import { SECTION_TITLES } from '../../template/common-parts';
import { allowedEdits, labelMatcher } from './match-label';

const rows = labelMatcher([
  { label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', value: 'oh-1' },
  { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', value: 'oh-2' },
  { label: '3.其他', value: 'oh-3' },
  { label: '（七）总计', value: 'total' },
  { label: '行政规范性文件', value: 'normative' },
]);

describe('labelMatcher', () => {
  it('finds a label whatever its widths, spaces, numbering and punctuation', () => {
    expect(rows('(七) 总 计')?.values).toEqual(['total']);
    expect(rows('七、总计')?.values).toEqual(['total']);
    expect(rows('3．其他')?.values).toEqual(['oh-3']);
  });

  it('reads a declared variant as the label: 合计 for 总计, the 2019 name of a 2021 row', () => {
    expect(rows('（七）合计')).toEqual({ values: ['total'], distance: 0 });
    expect(rows('规范性文件')).toEqual({ values: ['normative'], distance: 0 });
  });

  it('forgives a typo in a long label (补证 for 补正, a comma for 、)', () => {
    expect(rows('1.申请人无正当理由逾期不补证，行政机关不再处理其政府信息公开申请')).toEqual({
      values: ['oh-1'],
      distance: 1,
    });
  });

  it('never stretches a short label: 其它处 is not 其他', () => {
    expect(rows('其它处')).toBeUndefined();
    expect(rows('总')).toBeUndefined();
    expect(rows('')).toBeUndefined();
  });

  it('returns every candidate printed with the same label, and nothing when two labels are equally near', () => {
    const columns = labelMatcher([
      { label: '结果维持', value: 'review' },
      { label: '结果维持', value: 'direct' },
      { label: '结果纠正', value: 'corrected' },
    ]);
    expect(columns('结果\n维持')?.values).toEqual(['review', 'direct']);
    const near = labelMatcher([
      { label: '行政处罚', value: 'a' },
      { label: '行政处理', value: 'b' },
    ]);
    expect(near('行政处分')).toBeUndefined();
  });

  it('matches exact-only candidates exactly: items of table 二 differ in one character', () => {
    const items = labelMatcher([
      { label: '第二十条第（一）项', value: 1, exact: true },
      { label: '第二十条第（五）项', value: 5, exact: true },
    ]);
    expect(items('第二十条第(五)项')?.values).toEqual([5]);
    expect(items('第二十条第（二）项')).toBeUndefined();
  });

  it('reads a section title with a typo in it', () => {
    const titles = labelMatcher([{ label: SECTION_TITLES.s4, value: 's4' }]);
    expect(titles('四、政府信息公开行政法复议、行政诉讼情况')?.values).toEqual(['s4']);
  });

  it('allows more edits the longer the label', () => {
    expect([2, 4, 7, 10, 30].map(allowedEdits)).toEqual([0, 1, 1, 2, 6]);
  });
});
