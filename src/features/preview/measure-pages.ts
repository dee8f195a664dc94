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
 * The offset of the first character on line `line` of a laid-out one-text paragraph: a binary
 * search on the characters' positions (a Range per character, no relayout), since the tops of
 * the characters only grow through the text. An emoji's surrogate pair is never split.
 */
function lineStart(p: Element, line: number, lineHeight: number): number {
  const node = p.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) return 0;
  const text = node.textContent ?? '';
  const range = document.createRange();
  const topOf = (i: number): number => {
    range.setStart(node, i);
    range.setEnd(node, Math.min(text.length, i + (isLowSurrogate(text, i + 1) ? 2 : 1)));
    return range.getBoundingClientRect().top;
  };
  const threshold = p.getBoundingClientRect().top + (line - 0.5) * lineHeight;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(mid) >= threshold) hi = mid;
    else lo = mid + 1;
  }
  return isLowSurrogate(text, lo) ? lo - 1 : lo;
}

function measureUnit(unit: PreviewUnit, box: Element | undefined): UnitMeasure {
  const total = height(box);
  switch (unit.kind) {
    case 'paragraph': {
      const p = box?.firstElementChild;
      const ph = height(p);
      const lineHeight = p ? parseFloat(getComputedStyle(p).lineHeight) || 0 : 0;
      const lines = lineHeight > 0 ? Math.max(1, Math.round(ph / lineHeight)) : 0;
      return {
        kind: 'lines',
        lines,
        lineHeight: lines > 0 ? lineHeight : 0,
        extra: total - lines * lineHeight,
      };
    }
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
 * The preview's pages: each unit measured in the hidden column (156 mm wide, the text block),
 * then laid on 225 mm pages by paginate(); a paragraph split by line becomes a range of characters.
 */
export function measurePages(column: HTMLElement, units: readonly PreviewUnit[]): PlacedUnit[][] {
  const boxes = [...column.children];
  const measures = units.map((unit, i) => measureUnit(unit, boxes[i]));
  const pages = paginate(measures, PAGE_MM.textHeight * PX_PER_MM);
  return pages.map((pieces) =>
    pieces.map(({ unit, from, to }): PlacedUnit => {
      const u = units[unit];
      const m = measures[unit];
      if (from === undefined || to === undefined || !u) return { unit };
      if (u.kind !== 'paragraph' || m?.kind !== 'lines') return { unit, part: { from, to } };
      const p = boxes[unit]?.firstElementChild;
      if (!p) return { unit };
      const at = (line: number) =>
        line <= 0 ? 0 : line >= m.lines ? u.text.length : lineStart(p, line, m.lineHeight);
      return { unit, part: { from: at(from), to: at(to) } };
    }),
  );
}
