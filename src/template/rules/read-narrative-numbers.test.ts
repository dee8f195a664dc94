import { describe, expect, it } from 'vitest';
import { readCount, readNarrativeNumbers } from './read-narrative-numbers';

describe('readCount', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['零', 0],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['三百', 300],
    ['１２', 12],
    ['1268', 1268],
    ['1,268', 1268],
    ['１，２６８', 1268],
    ['12,345,678', 12_345_678],
    ['一千', 1000],
    ['一千零五十', 1050],
    ['一千二百六十八', 1268],
    ['两万三千', 23_000],
    ['十万', 100_000],
    ['三万零二十', 30_020],
    ['十万零五', 100_005],
    ['一万零一', 10_001],
    ['两千', 2000],
    ['一百一十', 110],
    ['一千二', 1200],
    ['三百五', 350],
    ['五万五', 55_000],
    ['〇', 0],
  ])('reads %s as %i', (text, value) => {
    expect(readCount(text)).toBe(value);
  });

  it('refuses what is not a numeral', () => {
    expect(readCount('若干')).toBeNull();
    expect(readCount('3件')).toBeNull();
    // A comma that does not group thousands is a list, not a number.
    expect(readCount('12,34')).toBeNull();
    expect(readCount('1,2345')).toBeNull();
    // Vague amounts state no figure.
    for (const vague of ['万', '千', '百', '二三', '二〇二一']) expect(readCount(vague), vague).toBeNull();
  });
});

describe('readNarrativeNumbers', () => {
  const topics = (text: string) => readNarrativeNumbers(text).map((n) => [n.topic, n.value]);

  it('reads the applications received, in figures, in Chinese numerals or as “未收到”', () => {
    expect(topics('本年共收到依申请公开0件。')).toEqual([['applications', 0]]);
    expect(topics('全年共收到政府信息公开申请十二件，均已按时答复。')).toEqual([['applications', 12]]);
    expect(topics('今年未收到依申请公开信息。')).toEqual([['applications', 0]]);
    expect(topics('本年共收到依申请公开１２件。')).toEqual([['applications', 12]]);
    expect(readNarrativeNumbers('本年度受理公开申请 3 件')[0]?.quote).toBe('受理公开申请 3 件');
  });

  it('reads 行政复议, 行政诉讼, 规范性文件 and 主动公开 figures', () => {
    expect(topics('本年度发生行政复议1件')).toEqual([['review', 1]]);
    expect(topics('未发生因政府信息公开引起的行政复议')).toEqual([['review', 0]]);
    expect(topics('行政诉讼两起')).toEqual([['litigation', 2]]);
    expect(topics('没有发生政府信息公开行政诉讼案件')).toEqual([['litigation', 0]]);
    expect(topics('全年制发行政规范性文件3件')).toEqual([['normative', 3]]);
    expect(topics('2021年度我镇网站主动公开信息数为70条。')).toEqual([['proactive', 70]]);
    expect(topics('全年主动公开政府信息1,268条。')).toEqual([['proactive', 1268]]);
    expect(topics('全年主动公开政府信息一千二百六十八条。')).toEqual([['proactive', 1268]]);
    expect(topics('全年主动公开政府信息１，２６８条。')).toEqual([['proactive', 1268]]);
    // No figure to compare: a vague amount is not read as 0.
    expect(topics('全年主动公开政府信息上万条。')).toEqual([]);
    expect(topics('全年主动公开政府信息数千条。')).toEqual([]);
  });

  it('does not take the answering time for a number of applications', () => {
    expect(topics('收到政府信息公开申请后15个工作日内予以答复')).toEqual([]);
    expect(topics('收到依申请公开后20个工作日内答复。')).toEqual([]);
    expect(topics('收到公开申请3个')).toEqual([['applications', 3]]);
  });

  it('does not read figures across a sentence break or from unrelated counts', () => {
    expect(topics('收到依申请公开。共计5件')).toEqual([]);
    expect(topics('本年度政府办公室在网站共发布各类政府信息 59 条。共收到人大建议0件')).toEqual([]);
  });
});
