import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import type { FormatSpec } from '../spec-types';
import { formatCells } from '../table-cells';
import { outcomeOptions } from './outcome-options';
import { resolveChoice } from './resolve-choice';

// Written out from official-format.md, so a change to the format spec has to be made twice.
const BEFORE_OTHER = [
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开 / 1.属于国家秘密',
  '（三）不予公开 / 2.其他法律行政法规禁止公开',
  '（三）不予公开 / 3.危及“三安全一稳定”',
  '（三）不予公开 / 4.保护第三方合法权益',
  '（三）不予公开 / 5.属于三类内部事务信息',
  '（三）不予公开 / 6.属于四类过程性信息',
  '（三）不予公开 / 7.属于行政执法案卷',
  '（三）不予公开 / 8.属于行政查询事项',
  '（四）无法提供 / 1.本机关不掌握相关政府信息',
  '（四）无法提供 / 2.没有现成信息需要另行制作',
  '（四）无法提供 / 3.补正后申请内容仍不明确',
  '（五）不予处理 / 1.信访举报投诉类申请',
  '（五）不予处理 / 2.重复申请',
  '（五）不予处理 / 3.要求提供公开出版物',
  '（五）不予处理 / 4.无正当理由大量反复申请',
  '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息',
];

function resolver(format: FormatSpec) {
  const vocabulary = outcomeOptions(format);
  return (text: string) => {
    const r = resolveChoice(vocabulary, text);
    return r.ok ? r.choice.id : r.reason;
  };
}

describe('outcomeOptions', () => {
  it('lists the outcome rows of format 2021 by their path below 三、本年度办理结果', () => {
    expect(outcomeOptions(FORMAT_2021).choices.map((c) => c.name)).toEqual([
      ...BEFORE_OTHER,
      '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 / 3.其他',
    ]);
  });

  it('has （六）其他处理 as one row in format 2019', () => {
    expect(outcomeOptions(FORMAT_2019).choices.map((c) => c.name)).toEqual([
      ...BEFORE_OTHER,
      '（六）其他处理',
    ]);
  });

  it.each([FORMAT_2019, FORMAT_2021])('names input rows of table 三 in $id', (format) => {
    for (const c of outcomeOptions(format).choices) {
      expect(formatCells(format).get(`t3:${c.id}:natural`)?.computed, c.name).toBe(false);
    }
  });

  it('reads an outcome by its path or its leaf alone, in any width and spacing', () => {
    const id = resolver(FORMAT_2021);
    expect(id('（一）予以公开')).toBe('open');
    expect(id('（三）不予公开 / 1.属于国家秘密')).toBe('withheld-1');
    expect(id('(三)不予公开/1.属于国家秘密')).toBe('withheld-1');
    expect(id('（三） 不予公开 ／ １．属于国家秘密')).toBe('withheld-1');
    expect(id('（三）不予公开1.属于国家秘密')).toBe('withheld-1');
    expect(id('三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密')).toBe('withheld-1');
    expect(id('1.属于国家秘密')).toBe('withheld-1');
    expect(id('1、属于国家秘密')).toBe('withheld-1');
    expect(id('属于国家秘密')).toBe('withheld-1');
    expect(id('3.危及"三安全一稳定"')).toBe('withheld-3');
    expect(id('部分公开')).toBe('partial');
    expect(id('（二）部分公开')).toBe('partial');
    expect(id('予以公开')).toBe('open');
    expect(id('3.其他')).toBe('other-handling-3');
    expect(id('（六）其他处理 / 3.其他')).toBe('other-handling-3');
    expect(id('2.重复申请')).toBe('unprocessed-2');
  });

  it('refuses a group, a total, another row and an unknown value, saying why', () => {
    const id = resolver(FORMAT_2021);
    expect(id('（三）不予公开')).toMatch(
      /^“（三）不予公开”下分 8 项，请写明是哪一项：“（三）不予公开 \/ 1.属于国家秘密”/,
    );
    expect(id('不予公开')).toMatch(/下分 8 项/);
    expect(id('（六）其他处理')).toMatch(/^“（六）其他处理”下分 3 项/);
    expect(id('（七）总计')).toBe('“（七）总计”是合计行，不是办理结果');
    expect(id('总计')).toBe('“（七）总计”是合计行，不是办理结果');
    expect(id('四、结转下年度继续办理')).toBe(
      '“四、结转下年度继续办理”不是办理结果：尚未办结的申请，办理结果和办结日期留空',
    );
    expect(id('同意公开')).toBe(
      '“同意公开”不是可选的办理结果；请按表格的行名填写，如“（三）不予公开 / 1.属于国家秘密”',
    );
    // `1.` alone begins an item of （三）, （四）, （五） and （六）: it names none of them.
    expect(id('1.')).toMatch(/不是可选的办理结果/);
  });

  it('reads （六）其他处理 as the one row of format 2019, and not its 2021 items', () => {
    const id = resolver(FORMAT_2019);
    expect(id('（六）其他处理')).toBe('other-handling');
    expect(id('其他处理')).toBe('other-handling');
    expect(id('3.其他')).toMatch(/不是可选的办理结果/);
  });
});
