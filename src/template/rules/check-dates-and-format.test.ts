import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2019 } from '../format-2019';
import { FORMAT_2021 } from '../format-2021';
import { checkDatesAndFormat, chineseDate } from './check-dates-and-format';

const TODAY = new Date(2026, 0, 15);

function withSignDate(signDate: string, year = 2021) {
  const r = zeroReport(FORMAT_2021, { year });
  return { ...r, meta: { ...r.meta, signDate } };
}

describe('checkDatesAndFormat', () => {
  it('finds nothing for a 2021 report in format 2021 signed in January 2022', () => {
    expect(checkDatesAndFormat(FORMAT_2021, withSignDate('2022-01-21'), TODAY)).toEqual([]);
    expect(checkDatesAndFormat(FORMAT_2021, withSignDate('2022-01-31'), TODAY)).toEqual([]);
    expect(checkDatesAndFormat(FORMAT_2021, withSignDate('2021-12-31'), TODAY)).toEqual([]);
    expect(checkDatesAndFormat(FORMAT_2021, withSignDate(''), TODAY)).toEqual([]);
  });

  it('W-deadline: signed after 31 January of the next year (条例第四十九条)', () => {
    const found = checkDatesAndFormat(FORMAT_2021, withSignDate('2022-02-01'), TODAY);
    expect(found.map((f) => [f.ruleId, f.severity, f.sectionId, f.field])).toEqual([
      ['W-deadline', 'warning', 'meta', 'meta.signDate'],
    ]);
    expect(found[0]?.message).toContain('成文日期2022年2月1日晚于2022年1月31日');
    expect(found[0]?.message).toContain('第四十九条');
  });

  it('W-sign-early: signed before the statistics period ends', () => {
    const found = checkDatesAndFormat(FORMAT_2021, withSignDate('2021-12-30'), TODAY);
    expect(found.map((f) => [f.ruleId, f.field])).toEqual([['W-sign-early', 'meta.signDate']]);
    expect(found[0]?.message).toBe('成文日期2021年12月30日早于统计期限的结束日（2021年12月31日），请核对');
  });

  it('F-format-year: a 2021 report in the 2019 tables, and a 2020 report in the 2021 tables', () => {
    const r2021 = { ...zeroReport(FORMAT_2019), year: 2021, meta: withSignDate('2022-01-20').meta };
    const found = checkDatesAndFormat(FORMAT_2019, r2021, TODAY);
    expect(found.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['F-format-year', 'error', 'meta.year'],
    ]);
    expect(found[0]?.message).toBe(
      '2021 年度报告应使用国办公开办函〔2021〕30号的格式，本报告的表格是按国办公开办函〔2019〕60号编制的',
    );
    const found2020 = checkDatesAndFormat(FORMAT_2021, withSignDate('2021-01-20', 2020), TODAY);
    expect(found2020.map((f) => f.ruleId)).toEqual(['F-format-year']);
    expect(found2020[0]?.message).toContain('应使用国办公开办函〔2019〕60号');
  });

  it('W-notice: the text quotes the other format’s notice, in the preamble or a narrative', () => {
    const inPreamble = { ...withSignDate('2022-01-20'), preamble: '依据国办公开办函〔2019〕60号要求编制。' };
    expect(
      checkDatesAndFormat(FORMAT_2021, inPreamble, TODAY).map((f) => [f.ruleId, f.sectionId, f.field]),
    ).toEqual([['W-notice', 'meta', 'preamble']]);
    const inNarrative = {
      ...withSignDate('2022-01-20'),
      narratives: { 's1-intro': '按照国办公开办函〔2019〕60号' },
    };
    expect(
      checkDatesAndFormat(FORMAT_2021, inNarrative, TODAY).map((f) => [f.ruleId, f.sectionId, f.field]),
    ).toEqual([['W-notice', 's1', 's1-intro']]);
    // the finding points at the text box that quotes it, so the editor can take the clerk there
    const inSix = {
      ...withSignDate('2022-01-20'),
      narratives: { s5: '无', s6: '依据国办公开办函〔2019〕60号' },
    };
    expect(checkDatesAndFormat(FORMAT_2021, inSix, TODAY).map((f) => [f.sectionId, f.field])).toEqual([
      ['s6', 's6'],
    ]);
    const r2020 = zeroReport(FORMAT_2019, { year: 2020, preamble: '国办公开办函〔2021〕30号' });
    expect(checkDatesAndFormat(FORMAT_2019, r2020, TODAY).map((f) => f.message)).toEqual([
      '正文引用了国办公开办函〔2021〕30号，但本报告的表格按国办公开办函〔2019〕60号编制，请改为引用国办公开办函〔2019〕60号',
    ]);
  });

  it('quoting its own notice, or the fee notice, is fine', () => {
    const ok = {
      ...withSignDate('2022-01-20'),
      preamble: '国办公开办函〔2021〕30号',
      narratives: { s6: '国办函〔2020〕109号' },
    };
    expect(checkDatesAndFormat(FORMAT_2021, ok, TODAY)).toEqual([]);
  });
});

describe('chineseDate', () => {
  it('prints an ISO date the Chinese way, without leading zeros', () => {
    expect(chineseDate('2022-01-05')).toBe('2022年1月5日');
    expect(chineseDate('not a date')).toBe('not a date');
  });
});
