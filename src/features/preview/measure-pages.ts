import { PAGE_MM } from '../../template/print-layout/page-geometry';
import { paginate, type UnitMeasure } from './paginate';
import type { UnitPart } from './preview-unit';
import type { PreviewUnit } from './preview-units';

/** A unit, or part of it, placed on a page. */
export interface PlacedUnit {
  readonly unit: number;
  readonly part?: UnitPart;
}

/** CSS pixels per millimetre (96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

const height = (el: Element | null | undefined): number => el?.getBoundingClientRect().height ?? 0;

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The offset of the first character of each of the first `lines` lines of a laid-out one-text
 * paragraph: a binary search per line on the characters' positions (a Range per character, no
 * relayout), since the tops of the characters only grow through the text. An emoji's surrogate pair
 * is never split.
 */
function lineStarts(p: Element, lines: number, lineHeight: number): number[] {
  const starts = [0];
  const node = p.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return starts;
  const text = node.textContent ?? '';
  const range = document.createRange();
  const topOf = (i: number): number => {
    range.setStart(node, i);
    range.setEnd(node, Math.min(text.length, i + (isLowSurrogate(text, i + 1) ? 2 : 1)));
    return range.getBoundingClientRect().top;
  };
  const top = p.getBoundingClientRect().top;
  let lo = 0;
  for (let line = 1; line < lines; line++) {
    const threshold = top + (line - 0.5) * lineHeight;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (topOf(mid) >= threshold) hi = mid;
      else lo = mid + 1;
    }
    starts.push(isLowSurrogate(text, lo) ? lo - 1 : lo);
  }
  return starts;
}

function measureBlock(unit: PreviewUnit, box: Element | undefined): UnitMeasure {
  const total = height(box);
  switch (unit.kind) {
    case 'table': {
      const table = box?.querySelector('table');
      const { layout } = unit.block;
      const header = [...(table?.tHead?.rows ?? [])].reduce((s, tr) => s + height(tr), 0);
      const rows = [...(table?.tBodies[0]?.rows ?? [])].map(height);
      // A band's item row and its header row stay with the band's first figures (section 二).
      const keep = rows.map((_, r) => {
        const kind = layout.rows[layout.headerRows + r]?.[0]?.kind;
        return kind === 'item' || kind === 'band-head';
      });
      return { kind: 'rows', header, rows, keep, after: total - height(table) };
    }
    case 'heading':
      return { kind: 'block', height: total, keepWithNext: true };
    default:
      return { kind: 'block', height: total, keepWithNext: false };
  }
}

/**
 * How many characters are laid out in the measuring column at a time. A slice is laid out and
 * measured in one task; the browser handles input and draws between slices, so a 100,000-character
 * narrative never freezes the page (npm run bench: the longest task on 预览). A paragraph longer
 * than this is laid out in pieces that each start at a line start, so its lines break as they do
 * when it is shown whole.
 */
export const SLICE_CHARS = 6000;

/** What laying out a unit costs, counted in characters of text. */
function costOf(unit: PreviewUnit): number {
  switch (unit.kind) {
    case 'paragraph':
      return unit.text.length;
    case 'table':
      return 1500;
    default:
      return 50;
  }
}

/**
 * The measuring of one list of units, slice by slice: `slice()` is what the measuring column is to
 * show next, `measure(column)` reads it once laid out, `pages()` places the units on pages at the end.
 */
export class PageMeasure {
  private readonly measures: (UnitMeasure | undefined)[];
  /** The first character of each line of each paragraph measured so far. */
  private readonly starts = new Map<number, number[]>();
  private unit = 0;
  /** Within a paragraph laid out in pieces: where the next piece starts (a line start). */
  private offset = 0;

  constructor(readonly units: readonly PreviewUnit[]) {
    this.measures = units.map(() => undefined);
  }

  get done(): boolean {
    return this.unit >= this.units.length;
  }

  /** Share of the characters measured, 0 to 1, for the progress shown meanwhile. */
  get progress(): number {
    let all = 0;
    let measured = 0;
    this.units.forEach((u, i) => {
      const c = costOf(u);
      all += c;
      if (i < this.unit) measured += c;
      else if (i === this.unit) measured += Math.min(c, this.offset);
    });
    return all === 0 ? 1 : measured / all;
  }

  /** The units (or the piece of a long paragraph) the measuring column shows next. */
  slice(): PlacedUnit[] {
    const u = this.units[this.unit];
    if (!u) return [];
    if (u.kind === 'paragraph' && (this.offset > 0 || u.text.length > SLICE_CHARS)) {
      const to = Math.min(u.text.length, this.offset + SLICE_CHARS);
      return [{ unit: this.unit, part: { from: this.offset, to } }];
    }
    const out: PlacedUnit[] = [];
    let cost = 0;
    for (let i = this.unit; i < this.units.length; i++) {
      const v = this.units[i];
      if (!v) break;
      const long = v.kind === 'paragraph' && v.text.length > SLICE_CHARS;
      if (out.length > 0 && (long || cost + costOf(v) > SLICE_CHARS)) break;
      out.push({ unit: i });
      cost += costOf(v);
    }
    return out;
  }

  /** Measures `slice`, laid out in `column` (one box per entry), and moves on past it. */
  measure(column: HTMLElement, slice: readonly PlacedUnit[]): void {
    const boxes = [...column.children];
    slice.forEach(({ unit, part }, i) => {
      const u = this.units[unit];
      const box = boxes[i];
      if (!u) return;
      if (u.kind !== 'paragraph') {
        this.measures[unit] = measureBlock(u, box);
        this.unit = unit + 1;
        this.offset = 0;
        return;
      }
      const p = box?.firstElementChild;
      const ph = height(p);
      const lineHeight = p ? parseFloat(getComputedStyle(p).lineHeight) || 0 : 0;
      const laid = lineHeight > 0 ? Math.max(1, Math.round(ph / lineHeight)) : 0;
      const from = part?.from ?? 0;
      const to = part?.to ?? u.text.length;
      // A piece that stops short of the paragraph's end keeps its full lines only: its last line
      // is laid out again as the start of the next piece, with the text that follows it.
      const last = to >= u.text.length;
      const keep = last || laid <= 1 ? laid : laid - 1;
      const here = p && keep > 0 ? lineStarts(p, last ? keep : keep + 1, lineHeight) : [0];
      const starts = this.starts.get(unit) ?? [];
      starts.push(...here.slice(0, Math.max(1, keep)).map((s) => from + s));
      this.starts.set(unit, starts);
      if (!last) {
        const next = from + (here[keep] ?? to - from);
        // Never stand still: a piece that made no progress (nothing measurable) moves on by its length.
        this.offset = next > from ? next : to;
        return;
      }
      this.measures[unit] = {
        kind: 'lines',
        lines: laid > 0 ? starts.length : 0,
        lineHeight: laid > 0 ? lineHeight : 0,
        extra: height(box) - laid * lineHeight,
      };
      this.unit = unit + 1;
      this.offset = 0;
    });
  }

  /** The units placed on 225 mm pages by paginate(); a paragraph split by line, as characters. */
  pages(): PlacedUnit[][] {
    const measures = this.measures.map(
      (m) => m ?? { kind: 'block' as const, height: 0, keepWithNext: false },
    );
    return paginate(measures, PAGE_MM.textHeight * PX_PER_MM).map((pieces) =>
      pieces.map(({ unit, from, to }): PlacedUnit => {
        const u = this.units[unit];
        const m = measures[unit];
        if (from === undefined || to === undefined || !u) return { unit };
        if (u.kind !== 'paragraph' || m?.kind !== 'lines') return { unit, part: { from, to } };
        const starts = this.starts.get(unit) ?? [0];
        const at = (line: number) =>
          line <= 0 ? 0 : line >= m.lines ? u.text.length : (starts[line] ?? u.text.length);
        return { unit, part: { from: at(from), to: at(to) } };
      }),
    );
  }
}
