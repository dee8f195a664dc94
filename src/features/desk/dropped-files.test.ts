import { expect, test } from 'vitest';
import { isJunkFile } from './dropped-files';

test('files the system or Word leaves beside documents are not offered as reports', () => {
  expect(isJunkFile('2024/.DS_Store')).toBe(true);
  expect(isJunkFile('~$阁山镇2024年报.docx')).toBe(true);
  expect(isJunkFile('Thumbs.db')).toBe(true);
  expect(isJunkFile('desktop.ini')).toBe(true);
  expect(isJunkFile('阁山镇2024年报.docx')).toBe(false);
  expect(isJunkFile('报告~$.docx')).toBe(false);
});
