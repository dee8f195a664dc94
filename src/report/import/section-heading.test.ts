import { describe, expect, it } from 'vitest';
import { sectionHeading } from './section-heading';

describe('sectionHeading', () => {
  it.each([
    ['一、总体情况', 's1'],
    ['一、总体情况\u00a0\u00a0 ', 's1'],
    ['\u3000\u3000一、总体情况', 's1'],
    ['1、 总体情况', 's1'],
    ['二、行政机关主动公开政府信息情况', 's2'],
    ['三、收到和处理政府信息公开申请情况', 's3'],
    ['四、政府信息公开行政法复议、行政诉讼情况', 's4'],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 's4'],
    ['5、 政府信息公开工作存在的主要问题及改进情况', 's5'],
    ['五、存在的主要问题及改进情况:', 's5'],
    ['六、其他需要报告的事项', 's6'],
    ['其他需要报告的事项', 's6'],
  ])('%j heads section %s', (text, id) => {
    expect(sectionHeading(text)).toMatchObject({ sectionId: id, heading: text.trim(), rest: '' });
  });

  it('splits a heading running into its first sentence', () => {
    expect(sectionHeading('六、其他需要报告的事项：本年度无其他需要报告的事项。')).toEqual({
      sectionId: 's6',
      heading: '六、其他需要报告的事项',
      rest: '本年度无其他需要报告的事项。',
    });
  });

  it.each([
    '（一）主动公开',
    '2021年，我镇主动公开政府信息情况良好，存在的主要问题及改进情况如下。',
    '总体情况良好',
    '三、本年度办理结果',
  ])('%j is no section heading', (text) => {
    expect(sectionHeading(text)).toBeUndefined();
  });
});
