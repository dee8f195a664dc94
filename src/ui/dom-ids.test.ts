import { expect, it } from 'vitest';
import type { Finding } from '../template/rules/finding';
import { findingDomId } from './dom-ids';

const finding = (over: Partial<Finding>): Finding => ({
  key: 'k',
  ruleId: 'W-narrative',
  severity: 'warning',
  sectionId: 's1',
  cells: [],
  message: '',
  ...over,
});

it('takes the clerk to the first cell, else to the field', () => {
  expect(findingDomId(finding({ cells: ['t3:new:total'], field: 's1-request' }))).toBe('cell-t3-new-total');
  expect(findingDomId(finding({ field: 'meta.signDate' }))).toBe('field-meta-signDate');
  expect(findingDomId(finding({}))).toBeUndefined();
});

it('takes the clerk to the text box when the finding is about words in it', () => {
  expect(
    findingDomId(finding({ cells: ['t3:new:total'], field: 's1-request', phrase: '收到依申请公开0件' })),
  ).toBe('field-s1-request');
});
