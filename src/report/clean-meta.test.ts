import { expect, test } from 'vitest';
import { cleanMeta } from './clean-meta';
import { EMPTY_META } from './create-report';

test('cleanMeta cleans every one-line field and keeps the rest of the text', () => {
  const meta = {
    ...EMPTY_META,
    agencyName: '\u202e阁山镇人民政府',
    email: 'gs@\u200bexample.cn',
    signDate: '2026-01-20',
  };
  expect(cleanMeta(meta)).toEqual({
    ...EMPTY_META,
    agencyName: '阁山镇人民政府',
    email: 'gs@example.cn',
    signDate: '2026-01-20',
  });
});
