// 内容雷同: a narrative paragraph identical or nearly identical to the same office's paragraph of the
// year before, or to another office's. A prefecture's desk holds hundreds of reports of dozens of
// paragraphs each, so paragraphs are not compared all against all: each is a set of character
// shingles, and only pairs that share a rare shingle are ever compared (prefix filtering over an
// inverted index, exact for the Jaccard threshold: see Bayardo et al., "Scaling up all pairs
// similarity search", WWW 2007).
import { getFormat } from '../../template/formats';
import type { DeskEntry } from './desk-entry';
import type { Passage } from './desk-finding';
import { splitOfficeName } from './office-key';

export interface SimilarityThresholds {
  /**
   * Shorter paragraphs are not compared: 无, 本年度没有产生信息处理费 or a one-line 本年度未收到政府
   * 信息公开申请 are rightly the same everywhere. 60 characters (punctuation, spaces and figures left
   * out) is more than two printed lines of 28 (GB/T 9704), about where a paragraph starts to say
   * something of its own.
   */
  readonly minChars: number;
  /** Characters per shingle: 4 is about two words of Chinese, so a shingle rarely recurs by chance. */
  readonly shingle: number;
  /**
   * Jaccard similarity of two paragraphs' shingles from which they count as nearly identical. With
   * 4-character shingles each changed character breaks up to 4 shingles, so 0.7 is about one
   * character in 30 changed (3 in a 100-character paragraph), or a sentence added to a long one.
   */
  readonly threshold: number;
  /**
   * Wording that nearly every report shares (the 条例's phrases, a county's template sentence) is
   * not copying: a shingle found in the reports of at least this share of the offices, and of at
   * least `commonMinOffices` offices, is set aside. The floor keeps a small desk (three townships,
   * two of which copy each other) from taking the copy for common wording.
   */
  readonly commonShare: number;
  readonly commonMinOffices: number;
  /** A paragraph left with fewer shingles once the common ones are set aside says nothing of its own. */
  readonly minShingles: number;
}

export const SIMILARITY: SimilarityThresholds = {
  minChars: 60,
  shingle: 4,
  threshold: 0.7,
  commonShare: 0.5,
  commonMinOffices: 5,
  minShingles: 20,
};

export interface SimilarPair {
  /** The later report's paragraph first (the one that may have copied); same year: by entry order. */
  readonly passages: readonly [Passage, Passage];
  /** Jaccard similarity of the paragraphs' own shingles, 0–1. */
  readonly score: number;
  /** Equal once spaces, punctuation, figures and the offices' own names are set aside. */
  readonly identical: boolean;
}

interface Paragraph {
  readonly passage: Passage;
  readonly order: number;
  readonly normalized: string;
  /** Own shingles as ascending keys, rarest first. */
  tokens: readonly number[];
}

const SPACE_AND_MARKS = /[\s\p{P}\p{S}\u200b-\u200d\ufeff]+/gu;

/**
 * FNV-1a over the shingle's UTF-16 units, cut to 30 bits: a small integer is V8's cheapest map key
 * (a string or a larger number is not). A million distinct shingles collide in a few hundred
 * places, which moves no similarity across the threshold.
 */
function hash(s: string, from: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

/** Names an office is written by in its own text: 阁山镇人民政府, 阁山镇, 阁山. */
function ownNames(agencyName: string): readonly string[] {
  const full = agencyName.normalize('NFKC').replace(SPACE_AND_MARKS, '');
  const { bare } = splitOfficeName(agencyName);
  const place = bare.replace(/(镇|乡|街道|苏木)$/u, '');
  return [full, bare, ...(place.length >= 2 ? [place] : [])]
    .filter((n) => n !== '')
    .sort((a, b) => b.length - a.length);
}

/**
 * The paragraph as compared: full-width forms folded (NFKC), the office's own name masked (a text
 * copied from another township has that township's name replaced), figures masked (a text copied from
 * last year has its year and counts changed), spaces and punctuation left out.
 */
function normalize(text: string, names: readonly string[]): string {
  let s = text.normalize('NFKC').replace(SPACE_AND_MARKS, '');
  for (const name of names) s = s.split(name).join('〇');
  return s.replace(/\d+(\.\d+)?/g, '#');
}

function paragraphsOf(entry: DeskEntry, officeId: string, minChars: number, start: number): Paragraph[] {
  const format = getFormat(entry.report.formatId);
  const names = ownNames(entry.report.meta.agencyName);
  const narratives: Readonly<Record<string, string | undefined>> = entry.report.narratives;
  const out: Paragraph[] = [];
  for (const section of format.sections) {
    for (const n of section.narratives) {
      const lines = (narratives[n.id] ?? '').split(/\n+/).filter((l) => l.trim() !== '');
      lines.forEach((line, i) => {
        const normalized = normalize(line, names);
        if (normalized.length < minChars) return;
        out.push({
          passage: {
            entryId: entry.id,
            officeId,
            year: entry.report.year,
            sectionId: section.id,
            field: n.id,
            paragraph: i + 1,
            text: line.trim(),
          },
          order: start + out.length,
          normalized,
          tokens: [],
        });
      });
    }
  }
  return out;
}

function shinglesOf(s: string, k: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + k <= s.length; i++) out.add(hash(s, i, k));
  return out;
}

/** Shared tokens of two ascending lists. */
function overlap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Pairs of nearly identical paragraphs among the narratives of the entries (counted once each: see
 * findDuplicates): between two offices' reports of any years, and between an office's consecutive
 * years. Two paragraphs of one report are not compared.
 */
export function findSimilarParagraphs(
  kept: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
  thresholds: SimilarityThresholds = SIMILARITY,
): SimilarPair[] {
  const { minChars, shingle, threshold, commonShare, commonMinOffices, minShingles } = thresholds;
  const paragraphs: Paragraph[] = [];
  for (const e of kept) {
    paragraphs.push(...paragraphsOf(e, officeOf.get(e.id) ?? '', minChars, paragraphs.length));
  }
  const sets = paragraphs.map((p) => shinglesOf(p.normalized, shingle));

  // In how many offices' reports each shingle is found: one map holds the count and the last
  // office that counted it (count × 2^20 + office index), so each office counts a shingle once.
  const officeIndex = new Map<string, number>();
  for (const p of paragraphs) {
    if (!officeIndex.has(p.passage.officeId)) officeIndex.set(p.passage.officeId, officeIndex.size + 1);
  }
  const OFFICE = 2 ** 20;
  const seenIn = new Map<number, number>();
  paragraphs.forEach((p, i) => {
    const office = officeIndex.get(p.passage.officeId) ?? 0;
    for (const t of sets[i] ?? []) {
      const v = seenIn.get(t) ?? 0;
      if (v % OFFICE !== office) seenIn.set(t, (Math.floor(v / OFFICE) + 1) * OFFICE + office);
    }
  });
  const commonFrom = Math.max(commonMinOffices, Math.ceil(commonShare * officeIndex.size));

  // Each paragraph's own shingles as ascending keys, rarest first: offices × 2^30 + hash, one global
  // order without sorting every shingle of the desk.
  const usable: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    const own: number[] = [];
    for (const t of sets[i] ?? []) {
      const offices = Math.floor((seenIn.get(t) ?? 0) / OFFICE);
      if (offices < commonFrom) own.push(offices * 2 ** 30 + t);
    }
    if (own.length < minShingles) return;
    p.tokens = own.sort((a, b) => a - b);
    usable.push(p);
  });

  const comparable = (a: Passage, b: Passage) =>
    a.entryId !== b.entryId && (a.officeId !== b.officeId || Math.abs(a.year - b.year) === 1);

  // Prefix filtering: if J(x, y) ≥ t, the first |x| − ⌈t·|x|⌉ + 1 tokens of x and of y share one.
  const index = new Map<number, number[]>();
  const pairs: SimilarPair[] = [];
  usable.forEach((p, pi) => {
    const prefix = p.tokens.length - Math.ceil(threshold * p.tokens.length) + 1;
    const seen = new Set<number>();
    for (const key of p.tokens.slice(0, prefix)) {
      // The hash alone names the shingle, and keeps the index's keys small integers.
      const t = key % 2 ** 30;
      for (const qi of index.get(t) ?? []) {
        if (seen.has(qi)) continue;
        seen.add(qi);
        const q = usable[qi];
        if (!q || !comparable(p.passage, q.passage)) continue;
        const [small, large] = p.tokens.length < q.tokens.length ? [p, q] : [q, p];
        if (small.tokens.length < threshold * large.tokens.length) continue;
        const shared = overlap(p.tokens, q.tokens);
        const score = shared / (p.tokens.length + q.tokens.length - shared);
        if (score < threshold) continue;
        // The later report first: it is the one that may have copied.
        const [first, second] =
          p.passage.year !== q.passage.year
            ? p.passage.year > q.passage.year
              ? [p, q]
              : [q, p]
            : p.order > q.order
              ? [q, p]
              : [p, q];
        pairs.push({
          passages: [first.passage, second.passage],
          score,
          identical: p.normalized === q.normalized,
        });
      }
      const list = index.get(t) ?? [];
      list.push(pi);
      index.set(t, list);
    }
  });
  const orderOf = new Map(paragraphs.map((p) => [p.passage, p.order] as const));
  const at = (p: Passage) => orderOf.get(p) ?? 0;
  return pairs.sort((a, b) => at(a.passages[0]) - at(b.passages[0]) || at(a.passages[1]) - at(b.passages[1]));
}
