import { describe, expect, it } from 'vitest';
import { SECTION_ONE_NARRATIVES } from '../../template/common-parts';
import { aspectHeading } from './aspect-heading';

const read = (text: string) => aspectHeading(text, SECTION_ONE_NARRATIVES);

describe('aspectHeading', () => {
  it.each([
    ['（一）主动公开', 's1-active', '（一）主动公开', ''],
    ['(五)监督保障', 's1-oversight', '(五)监督保障', ''],
    [
      '（一）主动公开方面。有序推进基层政务公开。',
      's1-active',
      '（一）主动公开方面。',
      '有序推进基层政务公开。',
    ],
    ['(四) 平台建设 根据《条例》的规定', 's1-platform', '(四) 平台建设', '根据《条例》的规定'],
    [
      '（四）信息公开平台建设方面。发挥门户网站作用。',
      's1-platform',
      '（四）信息公开平台建设方面。',
      '发挥门户网站作用。',
    ],
    ['（三）政府信息管理方面。规范发布流程。', 's1-management', '（三）政府信息管理方面。', '规范发布流程。'],
    ['（二）依申请公开，规范办理。', 's1-request', '（二）依申请公开', '规范办理。'],
    ['1、主动公开情况', 's1-active', '1、主动公开情况', ''],
    ['主动公开方面', 's1-active', '主动公开方面', ''],
    ['政府信息公开平台建设', 's1-platform', '政府信息公开平台建设', ''],
  ])('%j is the heading of %s', (text, narrativeId, heading, rest) => {
    expect(read(text)).toEqual({ narrativeId, heading, rest });
  });

  it('keeps a subheading that names no aspect, and its paragraph, whole', () => {
    expect(read('（一）、加强领导，健全机构。我镇高度重视。')).toEqual({
      heading: '（一）、加强领导，健全机构。',
      rest: '（一）、加强领导，健全机构。我镇高度重视。',
    });
  });

  it.each([
    '1.加强政策解读，回应关切。',
    '（1）加强政策解读',
    '2021年，我镇主动公开信息155条。',
    '一是加大主动公开力度。',
  ])('%j is no subheading', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
