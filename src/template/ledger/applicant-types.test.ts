import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { formatCells } from '../table-cells';
import { applicantTypes } from './applicant-types';
import { resolveChoice } from './resolve-choice';

describe('applicantTypes', () => {
  it.each([FORMAT_2019, FORMAT_2021])('is table 三’s input columns of $id, without 总计', (format) => {
    const vocabulary = applicantTypes(format);
    expect(vocabulary.choices.map((c) => c.name)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(vocabulary.choices.map((c) => c.id)).toEqual([
      'natural',
      'business',
      'research',
      'nonprofit',
      'legal',
      'other',
    ]);
    for (const c of vocabulary.choices) {
      expect(formatCells(format).get(`t3:new:${c.id}`)?.computed).toBe(false);
    }
  });

  it('reads a type by its label, its path, or 个人/公民, and refuses a group or the total', () => {
    const types = applicantTypes(FORMAT_2021);
    const id = (text: string) => {
      const r = resolveChoice(types, text);
      return r.ok ? r.choice.id : r.reason;
    };
    expect(id('自然人')).toBe('natural');
    expect(id(' 个人 ')).toBe('natural');
    expect(id('公民')).toBe('natural');
    expect(id('商业企业')).toBe('business');
    expect(id('法人或其他组织／商业企业')).toBe('business');
    expect(id('申请人情况 / 法人或其他组织 / 法律服务机构')).toBe('legal');
    expect(id('其他')).toBe('other');
    expect(id('法人或其他组织')).toBe(
      '“法人或其他组织”下分 5 项，请写明是哪一项：“商业企业”、“科研机构”、“社会公益组织”、“法律服务机构”、“其他”',
    );
    expect(id('总计')).toBe('“总计”是合计栏，不是申请人类型');
    expect(id('企业')).toBe(
      '“企业”不是可选的申请人类型；可填：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他',
    );
    expect(id('  ')).toBe('没有填写申请人类型');
  });
});
