import { describe, expect, it } from 'vitest';
import { readLedgerDate } from './read-ledger-date';

describe('readLedgerDate', () => {
  it.each([
    ['2023-01-05', '2023-01-05'],
    ['2023/1/5', '2023-01-05'],
    ['2023.1.5', '2023-01-05'],
    ['2023年1月5日', '2023-01-05'],
    ['2023 年 1 月 5 日', '2023-01-05'],
    ['２０２３年１月５日', '2023-01-05'],
    ['2023-1-5 14:30', '2023-01-05'],
    ['2023-01-05T00:00:00.000Z', '2023-01-05'],
    ['20230105', '2023-01-05'],
    ['', ''],
    ['  ', ''],
  ])('reads the text “%s”', (text, date) => {
    expect(readLedgerDate(text)).toEqual({ date });
  });

  it('reads real Excel dates, Excel serial numbers and 8-digit numbers', () => {
    expect(readLedgerDate(new Date(Date.UTC(2023, 0, 5)))).toEqual({ date: '2023-01-05' });
    expect(readLedgerDate(new Date(Date.UTC(2023, 0, 5, 15, 30)))).toEqual({ date: '2023-01-05' });
    expect(readLedgerDate(44931)).toEqual({ date: '2023-01-05' });
    expect(readLedgerDate(44931.75)).toEqual({ date: '2023-01-05' });
    expect(readLedgerDate(20230105)).toEqual({ date: '2023-01-05' });
    expect(readLedgerDate(null)).toEqual({ date: '' });
  });

  it('refuses what is not a date, a day that does not exist, and an order it cannot tell', () => {
    expect(readLedgerDate('2023-02-30')).toEqual({ reason: '“2023-02-30”不是存在的日期' });
    expect(readLedgerDate('2023/13/1')).toEqual({ reason: '“2023/13/1”不是存在的日期' });
    expect(readLedgerDate('5/1/2023')).toEqual({
      reason: '“5/1/2023”看不出哪个是月、哪个是日，请写成 2023-01-05 或 2023年1月5日',
    });
    expect(readLedgerDate('一月五日')).toEqual({
      reason: '“一月五日”不是日期，请写成 2023-01-05 或 2023年1月5日',
    });
    expect(readLedgerDate(12)).toEqual({ reason: '“12”不是日期，请写成 2023-01-05 或 2023年1月5日' });
    expect(readLedgerDate('1899-01-01')).toEqual({ reason: '“1899-01-01”的年份不在 1990–2100 年之间' });
    expect(readLedgerDate(new Date(Number.NaN))).toEqual({ reason: '不是有效的日期' });
  });
});
