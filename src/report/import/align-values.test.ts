import { describe, expect, it } from 'vitest';
import { alignValues } from './align-values';
import type { SourceCell } from './source-document';
import type { Placed } from './table-part';

const cells = (texts: readonly string[], spans: Readonly<Record<number, number>> = {}): SourceCell[] => {
  let col = 0;
  return texts.map((text, i) => {
    const colSpan = spans[i] ?? 1;
    const cell = { row: 0, col, rowSpan: 1, colSpan, text };
    col += colSpan;
    return cell;
  });
};
const texts = (placed: ReadonlyMap<string, Placed>) =>
  Object.fromEntries([...placed].map(([id, p]) => [id, p.kind === 'text' ? p.text : `?${p.reason}`]));
const COLUMNS = ['a', 'b', 'c'];

describe('alignValues on a grid', () => {
  const ranges = new Map([
    ['a', { start: 0, end: 2 }],
    ['b', { start: 2, end: 3 }],
    ['c', { start: 3, end: 4 }],
  ]);

  it('places each figure under the header spanning its grid column: a stray empty cell shifts nothing', () => {
    const r = alignValues(cells(['5', '', '6', '7']), COLUMNS, { positioned: true, ranges });
    expect(r.ok && texts(r.placed)).toEqual({ a: '5', b: '6', c: '7' });
  });

  it('reads a figure cell with colspan="2" under its header', () => {
    const r = alignValues(cells(['5', '6', '7'], { 0: 2 }), COLUMNS, { positioned: true, ranges });
    expect(r.ok && texts(r.placed)).toEqual({ a: '5', b: '6', c: '7' });
  });

  it('reports two figures under one header, and a figure under none', () => {
    const r = alignValues(cells(['5', '9', '6', '7', '8']), COLUMNS, { positioned: true, ranges });
    expect(r.ok && texts(r.placed)).toEqual({ a: '?同一列中有 2 个数：“5”、“9”', b: '6', c: '7' });
    expect(r.ok && r.stray).toEqual(['8']);
  });

  it('with a header not recognised, takes the order only where it agrees with the headers that were', () => {
    const partial = new Map([
      ['a', { start: 0, end: 1 }],
      ['c', { start: 2, end: 3 }],
    ]);
    const agrees = alignValues(cells(['5', '', '7']), COLUMNS, { positioned: true, ranges: partial });
    expect(agrees.ok && texts(agrees.placed)).toEqual({ a: '5', b: '', c: '7' });
    // four figures for three columns: no order fits, so the unrecognised column stays out
    const shifted = alignValues(cells(['5', '6', '7', '8']), COLUMNS, { positioned: true, ranges: partial });
    expect(shifted.ok && texts(shifted.placed)).toEqual({ a: '5', c: '7' });
    expect(shifted.ok && shifted.stray).toEqual(['6', '8']);
  });
});

describe('alignValues on text', () => {
  const none = new Map();

  it('lays a row of exactly as many cells as columns over them in order', () => {
    const r = alignValues(cells(['1', '', '3']), COLUMNS, { positioned: false, ranges: none });
    expect(r.ok && texts(r.placed)).toEqual({ a: '1', b: '', c: '3' });
  });

  it('finds the one placement that holds every figure when the row has padding cells', () => {
    const r = alignValues(cells(['', '1', '2', '3', '']), COLUMNS, { positioned: false, ranges: none });
    expect(r.ok && texts(r.placed)).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('refuses to guess when a blank at the edge makes two placements possible', () => {
    const r = alignValues(cells(['', '1', '2', '']), COLUMNS, { positioned: false, ranges: none });
    expect(r).toEqual({
      ok: false,
      reason: '这一行的数与表头的 3 列对不齐（有空格），无法确定各数属于哪一列',
    });
  });

  it('takes the placement the header’s position points to', () => {
    const r = alignValues(cells(['', '1', '2', '']), COLUMNS, { positioned: false, ranges: none, hint: 1 });
    expect(r.ok && texts(r.placed)).toEqual({ a: '1', b: '2', c: '' });
  });

  it('refuses more figures than columns, and fewer cells than columns', () => {
    expect(alignValues(cells(['1', '2', '3', '4']), COLUMNS, { positioned: false, ranges: none }).ok).toBe(
      false,
    );
    expect(alignValues(cells(['1', '2']), COLUMNS, { positioned: false, ranges: none }).ok).toBe(false);
  });

  it('reads a row of nothing as blank in every column', () => {
    const r = alignValues(cells(['', '']), COLUMNS, { positioned: false, ranges: none });
    expect(r.ok && texts(r.placed)).toEqual({ a: '', b: '', c: '' });
  });
});
