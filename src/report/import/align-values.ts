// Which printed cell of a data row holds the figure of which official column. Where the source
// has a grid (Word, HTML), a figure belongs to the column whose header spans its grid column: a
// stray empty cell, a figure cell with colspan="2", a missing or extra column shift nothing. Text
// has no grid: the row's cells after its label are laid over the columns in order, and only a
// placement that leaves no figure out, and is the only such placement, is taken; anything else
// leaves the row unreadable rather than guessing (real-inputs.md: never count numbers in order).
import type { SourceCell } from './source-document';
import { isBlankText, shownText, type ColumnRange, type Placed } from './table-part';

type Alignment =
  | {
      readonly ok: true;
      /** The placed text per column id; a column without a cell in the row is absent. */
      readonly placed: ReadonlyMap<string, Placed>;
      /** Figures under no column. */
      readonly stray: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

function byPosition(
  values: readonly SourceCell[],
  columns: readonly string[],
  ranges: ReadonlyMap<string, ColumnRange>,
): Alignment {
  const placed = new Map<string, Placed>();
  const used = new Set<SourceCell>();
  for (const id of columns) {
    const range = ranges.get(id);
    if (!range) continue;
    const under = values.filter((v) => v.col >= range.start && v.col < range.end);
    under.forEach((v) => used.add(v));
    const filled = under.filter((v) => !isBlankText(v.text));
    if (filled.length > 1) {
      placed.set(id, {
        kind: 'unaligned',
        source: filled.map(shownText).join(' '),
        reason: `同一列中有 ${filled.length} 个数：${filled.map((v) => `“${shownText(v)}”`).join('、')}`,
      });
    } else if (filled[0]) placed.set(id, { kind: 'text', text: filled[0].text });
    else if (under.length > 0) placed.set(id, { kind: 'text', text: '' });
  }
  const stray = values.filter((v) => !used.has(v) && !isBlankText(v.text)).map(shownText);
  return { ok: true, placed, stray };
}

function bySequence(values: readonly SourceCell[], columns: readonly string[], hint?: number): Alignment {
  const n = values.length;
  const k = columns.length;
  const filled = values.flatMap((v, i) => (isBlankText(v.text) ? [] : [i]));
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (first === undefined || last === undefined) {
    // Nothing printed: every column of the row is blank, wherever the cells were.
    return { ok: true, placed: new Map(columns.map((id) => [id, { kind: 'text', text: '' }])), stray: [] };
  }
  if (last - first + 1 > k) {
    return {
      ok: false,
      reason: `这一行有 ${filled.length} 个数，多于表头的 ${k} 列，无法确定各数属于哪一列`,
    };
  }
  if (n < k) {
    return { ok: false, reason: `这一行只有 ${n} 格，表头有 ${k} 列，无法确定缺的是哪一列` };
  }
  // Every window of k consecutive cells holding all the figures; different windows that put
  // different text in a column are a real ambiguity.
  const windows: number[] = [];
  for (let o = Math.max(0, last - k + 1); o <= Math.min(first, n - k); o++) windows.push(o);
  const texts = (o: number) => columns.map((_, i) => values[o + i]?.text ?? '');
  const distinct = new Map<string, number>();
  for (const o of windows) distinct.set(JSON.stringify(texts(o).map((t) => (isBlankText(t) ? '' : t))), o);
  let offset: number | undefined;
  if (distinct.size === 1) offset = windows[0];
  else if (hint !== undefined) offset = windows.find((o) => values[o]?.col === hint);
  if (offset === undefined) {
    return { ok: false, reason: `这一行的数与表头的 ${k} 列对不齐（有空格），无法确定各数属于哪一列` };
  }
  const o = offset;
  return {
    ok: true,
    placed: new Map(columns.map((id, i) => [id, { kind: 'text', text: values[o + i]?.text ?? '' }])),
    stray: [],
  };
}

/**
 * Places a row's value cells over the official `columns` (in their printed order). `ranges` are
 * the columns' grid ranges from the header, for a source with a grid; `hint` is where the first
 * column's header stood, to choose between placements of a text row (by default, its range).
 */
export function alignValues(
  values: readonly SourceCell[],
  columns: readonly string[],
  options: {
    readonly positioned: boolean;
    readonly ranges: ReadonlyMap<string, ColumnRange>;
    readonly hint?: number;
  },
): Alignment {
  const hint = options.hint ?? options.ranges.get(columns[0] ?? '')?.start;
  const withRange = columns.filter((id) => options.ranges.has(id));
  if (options.positioned && withRange.length === columns.length) {
    return byPosition(values, columns, options.ranges);
  }
  if (options.positioned && withRange.length > 0) {
    // Some headers were not recognised: a clean placement in order, if there is one and it agrees
    // with the headers that were, beats leaving those columns out.
    const positional = byPosition(values, columns, options.ranges);
    const sequential = bySequence(values, columns, hint);
    if (
      sequential.ok &&
      positional.ok &&
      positional.stray.length === 0 &&
      withRange.every((id) => sameText(sequential.placed.get(id), positional.placed.get(id)))
    ) {
      return sequential;
    }
    return positional;
  }
  return bySequence(values, columns, hint);
}

function sameText(a: Placed | undefined, b: Placed | undefined): boolean {
  const text = (p: Placed | undefined) => (p?.kind === 'text' && !isBlankText(p.text) ? p.text.trim() : '');
  return text(a) === text(b);
}

/**
 * The row placed over `columns`: an alignment that fails leaves every column of the row
 * unreadable, with what the row printed and why.
 */
export function placeValues(
  values: readonly SourceCell[],
  columns: readonly string[],
  options: { readonly positioned: boolean; readonly ranges: ReadonlyMap<string, ColumnRange> },
): { readonly placed: ReadonlyMap<string, Placed>; readonly stray: readonly string[] } {
  const alignment = alignValues(values, columns, options);
  if (alignment.ok) return alignment;
  const source = values
    .filter((v) => !isBlankText(v.text))
    .map(shownText)
    .join(' ');
  const failed: Placed = { kind: 'unaligned', source, reason: alignment.reason };
  return { placed: new Map(columns.map((id) => [id, failed])), stray: [] };
}
