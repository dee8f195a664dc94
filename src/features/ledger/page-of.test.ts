import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageOf } from './page-of';

describe('pageOf', () => {
  it('slices the rows of a page', () => {
    expect(pageOf(1, PAGE_SIZE * 2 + 5)).toEqual({ page: 1, from: PAGE_SIZE, to: PAGE_SIZE * 2 });
    expect(pageOf(2, PAGE_SIZE * 2 + 5)).toEqual({ page: 2, from: PAGE_SIZE * 2, to: PAGE_SIZE * 2 + 5 });
  });
  it('clamps a page past the end, as after rows are removed', () => {
    expect(pageOf(7, 10)).toEqual({ page: 0, from: 0, to: 10 });
    expect(pageOf(3, 0)).toEqual({ page: 0, from: 0, to: 0 });
  });
});
