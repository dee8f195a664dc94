import { describe, expect, it } from 'vitest';
import { zeroReport } from '../fixtures/zero-report';
import { FORMAT_2021 } from '../format-2021';
import { checkAgencyKind } from './check-agency-kind';

function check(agencyName: string, text: string) {
  const base = zeroReport(FORMAT_2021);
  return checkAgencyKind(FORMAT_2021, {
    ...base,
    meta: { ...base.meta, agencyName },
    narratives: { ...base.narratives, 's1-request': text },
  });
}

describe('checkAgencyKind', () => {
  it('warns of 我镇 in a 街道办事处’s report, naming the box and the phrase', () => {
    const [f, ...rest] = check('示例县城关街道办事处', '本年度我镇未收到政府信息公开申请。');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'W-agency-kind',
      field: 's1-request',
      phrase: '我镇',
      sectionId: 's1',
    });
    expect(f?.message).toBe('（二）依申请公开中写“我镇”，但机关名称是示例县城关街道办事处（街道），请核对');
  });

  it('warns of 本街道 in a 镇’s report and 全镇 in a 乡’s', () => {
    expect(check('示例镇人民政府', '本街道共收到申请0件。')[0]?.phrase).toBe('本街道');
    expect(check('示例乡人民政府', '全镇共收到申请0件。')[0]?.phrase).toBe('全镇');
  });

  it('accepts the agency’s own kind, 全乡镇 and an agency that is no township', () => {
    expect(check('示例镇人民政府', '我镇未收到申请，全镇各村公开栏运行正常。')).toEqual([]);
    expect(check('示例乡人民政府', '本乡未收到申请，全县全乡镇统一部署。')).toEqual([]);
    expect(check('示例县城关街道办事处', '我街道未收到申请。')).toEqual([]);
    expect(check('示例县人民政府办公室', '指导全镇工作。')).toEqual([]);
  });
});
