import { describe, expect, it } from 'vitest';
import { paginate, type UnitMeasure } from './paginate';

const block = (height: number, keepWithNext = false): UnitMeasure => ({
  kind: 'block',
  height,
  keepWithNext,
});
const lines = (n: number): UnitMeasure => ({ kind: 'lines', lines: n, lineHeight: 10, extra: 0 });
const rows = (heights: number[], keep: boolean[] = [], header = 20): UnitMeasure => ({
  kind: 'rows',
  header,
  rows: heights,
  keep,
  after: 5,
});

describe('paginate', () => {
  it('keeps everything on one page when it fits, and starts a page when a block does not', () => {
    expect(paginate([block(40), lines(3), block(20)], 100)).toEqual([
      [{ unit: 0 }, { unit: 1 }, { unit: 2 }],
    ]);
    expect(paginate([block(60), block(50)], 100)).toEqual([[{ unit: 0 }], [{ unit: 1 }]]);
  });

  it('splits a paragraph between lines, never leaving one line alone', () => {
    // 75 px used: two lines fit below, six remain.
    expect(paginate([block(75), lines(8)], 100)).toEqual([
      [{ unit: 0 }, { unit: 1, from: 0, to: 2 }],
      [{ unit: 1, from: 2, to: 8 }],
    ]);
    // Only one line would fit: the whole paragraph moves on.
    expect(paginate([block(85), lines(4)], 100)).toEqual([[{ unit: 0 }], [{ unit: 1, from: 0, to: 4 }]]);
    // Nine of ten lines would fit: one goes with the last, so the next page does not start with a widow.
    expect(paginate([block(10), lines(10)], 100)).toEqual([
      [{ unit: 0 }, { unit: 1, from: 0, to: 8 }],
      [{ unit: 1, from: 8, to: 10 }],
    ]);
  });

  it('runs a long paragraph over as many pages as it needs', () => {
    const pages = paginate([lines(35)], 100);
    expect(pages.map((p) => p.map((x) => [x.from, x.to]))).toEqual([
      [[0, 10]],
      [[10, 20]],
      [[20, 30]],
      [[30, 35]],
    ]);
  });

  it('moves a heading to the next page with the first lines of what follows it', () => {
    expect(paginate([block(75), block(10, true), lines(5)], 100)).toEqual([
      [{ unit: 0 }],
      [{ unit: 1 }, { unit: 2 }],
    ]);
    // With room for the heading and two lines, it stays.
    expect(paginate([block(70), block(10, true), lines(5)], 100)[0]).toEqual([
      { unit: 0 },
      { unit: 1 },
      { unit: 2, from: 0, to: 2 },
    ]);
    // Chained: a section heading, a subsection heading, then a table needing its header and a row.
    expect(paginate([block(50), block(10, true), block(10, true), rows([30, 10])], 100)).toEqual([
      [{ unit: 0 }],
      [{ unit: 1 }, { unit: 2 }, { unit: 3 }],
    ]);
  });

  it('splits a table between rows, its header counted again on each page, kept rows together', () => {
    const pages = paginate(
      [block(30), rows([20, 20, 20, 20, 20, 20], [false, false, true, false, false, false])],
      100,
    );
    // Page 1: 30 + header 20 + two rows; rows 2 and 3 are kept together so both go on.
    expect(pages).toEqual([[{ unit: 0 }, { unit: 1, from: 0, to: 2 }], [{ unit: 1, from: 2, to: 6 }]]);
  });

  it('puts a row taller than a page on a page of its own rather than looping', () => {
    const pages = paginate([rows([150, 10])], 100);
    expect(pages).toEqual([[{ unit: 0, from: 0, to: 1 }], [{ unit: 0, from: 1, to: 2 }]]);
  });

  it('puts everything on one page when nothing has a size (no layout, as in jsdom)', () => {
    expect(paginate([block(0), lines(0), rows([0, 0], [], 0)], 100)).toHaveLength(1);
  });
});
