import { expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

it('replaces characters no file system accepts, and keeps Chinese text', () => {
  expect(safeFileName('阁山镇/人民:政府*?"<>|\\\u0001报告.docx')).toBe('阁山镇_人民_政府________报告.docx');
  expect(safeFileName('阁山镇人民政府2021年报告草稿.json')).toBe('阁山镇人民政府2021年报告草稿.json');
});
