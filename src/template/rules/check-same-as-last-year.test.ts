import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2021 } from '../format-2021';
import { checkSameAsLastYear } from './check-same-as-last-year';

const text = '本年度我镇未收到政府信息公开申请，也没有发生政府信息公开行政复议和行政诉讼案件。';
const report = zeroReport(FORMAT_2021, { year: 2022, narratives: { 's1-request': text, s6: '无。' } });

describe('checkSameAsLastYear', () => {
  it('warns of a box word for word as last year’s, whitespace aside', () => {
    const found = checkSameAsLastYear(FORMAT_2021, report, {
      year: 2021,
      formatId: 'format-2021',
      cells: {},
      narratives: { 's1-request': `  ${text}\n`, s6: '无。' },
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'W-same-text', field: 's1-request', sectionId: 's1' });
    expect(found[0]?.message).toBe('（二）依申请公开与2021年度报告的文字完全相同，请按本年度的情况改写');
  });

  it('says nothing when the text changed, last year’s text is unknown or is not last year’s', () => {
    const last = { year: 2021, formatId: 'format-2021' as const, cells: {} };
    expect(
      checkSameAsLastYear(FORMAT_2021, report, { ...last, narratives: { 's1-request': `${text}。` } }),
    ).toEqual([]);
    expect(checkSameAsLastYear(FORMAT_2021, report, last)).toEqual([]);
    expect(checkSameAsLastYear(FORMAT_2021, report, undefined)).toEqual([]);
    expect(
      checkSameAsLastYear(FORMAT_2021, report, { ...last, year: 2020, narratives: { 's1-request': text } }),
    ).toEqual([]);
  });
});
