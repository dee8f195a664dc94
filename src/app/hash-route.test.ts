import { expect, test } from 'vitest';
import { parseRoute, routeHash } from './hash-route';

test('editor routes round-trip through the hash', () => {
  const r = { name: 'editor', reportId: 'a1-b2', step: 's3' } as const;
  expect(parseRoute(routeHash(r))).toEqual(r);
});

test('an unknown step opens 基本信息; anything else is the start screen', () => {
  expect(parseRoute('#/r/x/nope')).toEqual({ name: 'editor', reportId: 'x', step: 'meta' });
  expect(parseRoute('#/r/x')).toEqual({ name: 'editor', reportId: 'x', step: 'meta' });
  expect(parseRoute('')).toEqual({ name: 'start' });
  expect(parseRoute('#/whatever')).toEqual({ name: 'start' });
});

test('an address whose escapes are cut short is the start screen with a reason, not an error', () => {
  const r = parseRoute('#/r/%E0%A4%A/meta');
  expect(r.name).toBe('start');
  expect(r.name === 'start' ? r.problem : '').toMatch(/^地址不完整或有误/);
});

test('#/desk is the review desk, and back', () => {
  expect(parseRoute('#/desk')).toEqual({ name: 'desk' });
  expect(routeHash({ name: 'desk' })).toBe('#/desk');
  expect(parseRoute('#/desk/x')).toEqual({ name: 'start' });
});
