import { describe, expect, it } from 'vitest';
import { readDate } from './read-date';
import { readTitle, readTitleInText } from './read-title';

describe('readTitle', () => {
  it.each([
    ['樟树市阁山镇2021年政府信息公开工作年度报告', '樟树市阁山镇', 2021],
    ['平潭综合实验区2024年度政府信息公开工作年度报告', '平潭综合实验区', 2024],
    ['潘庄镇 2021 年政府信息公开工作年度报告', '潘庄镇', 2021],
    ['阁山镇人民政府2021年\n政府信息公开工作年度报告', '阁山镇人民政府', 2021],
    ['关于某镇２０２２年政府信息公开工作报告（全文）', '某镇', 2022],
  ])('%j is the title of %s, %d', (text, agencyName, year) => {
    expect(readTitle(text)).toEqual({ agencyName, year });
  });

  it.each([
    '一、总体情况',
    '2021年，我镇高度重视政府信息公开工作。',
    '某镇2021年工作总结',
    '首页 > 政务公开 > 某镇2021年政府信息公开工作年度报告',
  ])('%j is no title', (t) => {
    expect(readTitle(t)).toBeUndefined();
  });

  it('finds the report named in a sentence of the preamble', () => {
    expect(readTitleInText('根据要求，现就千户镇2021年政府信息公开工作报告如下。')).toEqual({
      agencyName: '千户镇',
      year: 2021,
    });
  });
});

describe('readDate', () => {
  it.each([
    ['2022年1月21日', '2022-01-21'],
    ['２０２２年１月２１日', '2022-01-21'],
    [' 2022 年 01 月 21 日 ', '2022-01-21'],
    ['二〇二二年一月二十一日', '2022-01-21'],
    ['二○二二年十二月三十日', '2022-12-30'],
    ['2022-01-21', '2022-01-21'],
    ['2022.1.21', '2022-01-21'],
  ])('%j is %s', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  it.each(['2022年2月30日', '2022年1月', '成文日期：2022年1月21日', '潘庄镇人民政府'])(
    '%j is not a date by itself',
    (t) => {
      expect(readDate(t)).toBeUndefined();
    },
  );
});
