import { describe, expect, it } from 'vitest';
import { checkMeta } from './check-meta';
import { EMPTY_META } from './create-report';
import type { ReportMeta } from './report-schema';

const GOOD: ReportMeta = {
  agencyName: '阁山镇人民政府',
  region: '樟树市',
  publishUrl: 'http://www.zhangshu.gov.cn',
  address: '樟树市阁山镇府前路1号',
  phone: '0795-7161260',
  postcode: '331200',
  email: 'gsz@163.com',
  signatory: '阁山镇人民政府',
  signDate: '2022-01-20',
};

describe('checkMeta', () => {
  it('accepts a complete, well-formed 基本信息', () => {
    expect(checkMeta(GOOD)).toEqual({});
  });

  it('accepts the usual ways of writing a phone number', () => {
    for (const phone of ['0938—6381001', '(0795)7161260', '0795-7161260转8001', '13800000000']) {
      expect(checkMeta({ ...GOOD, phone })).toEqual({});
    }
  });

  it('asks for the two required fields and nothing else on an empty form', () => {
    expect(checkMeta(EMPTY_META)).toEqual({
      agencyName: '请填写机关名称，如“某某镇人民政府”',
      signatory: '请填写落款机关',
    });
  });

  it('explains each malformed field in Chinese', () => {
    expect(
      checkMeta({
        ...GOOD,
        phone: '电话号码',
        postcode: '33120',
        publishUrl: 'www.zhangshu.gov.cn',
        email: 'gsz@163',
        signDate: '2022-02-30',
      }),
    ).toEqual({
      phone: '电话号码只能包含数字、“-”和括号，如 0795-7161260',
      postcode: '邮编应为 6 位数字',
      publishUrl: '网址应以 http:// 或 https:// 开头，如 http://www.example.gov.cn',
      email: '电子邮箱格式不正确，如 xxx@163.com',
      signDate: '成文日期不是有效日期',
    });
  });

  it('treats a blank-only agency name as missing', () => {
    expect(checkMeta({ ...GOOD, agencyName: '   ' }).agencyName).toBeDefined();
  });
});
