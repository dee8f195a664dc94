import { describe, expect, it } from 'vitest';
import { buildPreamble, type PreambleInput } from './build-preamble';
import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';

const INPUT: PreambleInput = {
  year: 2021,
  agencyName: '阁山镇人民政府',
  region: '樟树市',
  publishUrl: 'http://www.zhangshu.gov.cn',
  address: '樟树市阁山镇府前路1号',
  phone: '0795-7161260',
  postcode: '331200',
  email: '',
};

describe('buildPreamble', () => {
  it('quotes the notice of the format it follows, and never the other one', () => {
    const p2021 = buildPreamble(FORMAT_2021, INPUT);
    expect(p2021).toContain('（国办公开办函〔2021〕30号）');
    expect(p2021).not.toContain('国办公开办函〔2019〕60号');
    const p2019 = buildPreamble(FORMAT_2019, { ...INPUT, year: 2020 });
    expect(p2019).toContain('（国办公开办函〔2019〕60号）');
    expect(p2019).not.toContain('国办公开办函〔2021〕30号');
  });

  it('lists the six parts and the statistics period', () => {
    const p = buildPreamble(FORMAT_2021, INPUT);
    expect(p).toContain(
      '全文包括总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项，共六部分。',
    );
    expect(p).toContain('自2021年1月1日起至2021年12月31日止');
  });

  it('names where it is published and whom to ask, leaving out what is missing', () => {
    const p = buildPreamble(FORMAT_2021, INPUT);
    expect(p).toContain('本报告电子版可在樟树市人民政府门户网站（http://www.zhangshu.gov.cn）查阅或下载。');
    expect(p).toContain(
      '如对本报告有疑问，请与阁山镇人民政府联系（地址：樟树市阁山镇府前路1号；邮编：331200；电话：0795-7161260）。',
    );
    expect(p).not.toContain('电子邮箱');
    const bare = buildPreamble(FORMAT_2021, {
      ...INPUT,
      agencyName: ' ',
      publishUrl: '',
      address: '',
      phone: '',
      postcode: '',
    });
    expect(bare).toContain('由本机关编制');
    expect(bare).not.toContain('查阅或下载');
    expect(bare).not.toContain('联系');
  });
});
