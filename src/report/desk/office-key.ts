// The same office is written many ways: 阁山镇人民政府, 阁山镇, 樟树市阁山镇人民政府, ＂阁山镇 人民政府＂,
// 城关街道办事处 / 城关街道. The desk matches reports of one office across files and years, and
// against the officer's list of offices that must report, by a normalised name.

export interface OfficeName {
  /** The name without the region in front and without the 人民政府 after: `阁山镇`. */
  readonly bare: string;
  /** The administrative areas written in front, if any: `樟树市`, `江西省宜春市樟树市`. */
  readonly region: string;
}

/** Characters that carry no part of a name: spaces of every width, zero-width marks, quotes, dots. */
const NOISE = /[\s\u200b-\u200d\u2060\ufeff"'“”‘’「」『』《》<>·•・.,，、;；:：]/gu;

/**
 * Endings that say the same office two ways, and the form kept. 人民政府 is the government of the
 * place the name already says; a 街道 is run by its 街道办事处 (often 街道办, or just 办事处);
 * 管委会 is the usual short form of 管理委员会.
 */
const ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/人民政府$/u, ''],
  [/(镇|乡|街道|苏木)政府$/u, '$1'],
  [/街道办事处$/u, '街道'],
  [/街道办$/u, '街道'],
  [/(?<!街道)办事处$/u, '街道'],
  [/管理委员会$/u, '管委会'],
];

/** Names of townships: only these lose the region in front (see splitOfficeName). */
const TOWNSHIP = /(镇|乡|街道|苏木)$/u;

/**
 * The last character of an administrative area written in front of a township's name: 江西省,
 * 宜春市, 恩施土家族苗族自治州, 平潭县, 坊子区, 锡林郭勒盟, 阿巴嘎旗 (自治区, 自治县, 地区 end so too).
 */
const REGION_END = new Set(['省', '市', '州', '盟', '县', '旗', '区']);

/** The name in one form: NFKC (full-width letters, digits and spaces become half-width), no noise. */
function clean(name: string): string {
  return name.normalize('NFKC').replace(NOISE, '');
}

/**
 * A name split into the office and the region written in front of it. Only a township's name loses
 * its region (`樟树市阁山镇` → `阁山镇` in 樟树市), and only when what is left still names a place of
 * two characters or more, so `新市镇` stays whole. A county department keeps its name as written.
 */
export function splitOfficeName(name: string): OfficeName {
  let s = clean(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const [re, to] of ENDINGS) {
      const next = s.replace(re, to);
      if (next !== s && next !== '') {
        s = next;
        changed = true;
      }
    }
  }
  let region = '';
  const suffix = TOWNSHIP.exec(s)?.[0];
  if (suffix) {
    // The shortest prefix that ends an area and leaves a place name of two characters or more.
    for (let i = 2; i <= s.length - suffix.length - 2; i++) {
      if (!REGION_END.has(s.charAt(i - 1))) continue;
      region += s.slice(0, i);
      s = s.slice(i);
      i = 1;
    }
  }
  return { bare: s, region };
}

/**
 * Which names are the same office, as an office id per name. Names agree when their bare names are
 * equal and their regions do not contradict each other (one empty, or one ending with the other).
 * When two regions do contradict (甲县城关镇 and 乙县城关镇: 城关镇 is a common name), each region is
 * its own office, and the name written without a region cannot be told apart: it is an office of
 * its own rather than a guess.
 */
export function matchOffices(names: readonly string[]): ReadonlyMap<string, string> {
  const split = new Map(names.map((n) => [n, splitOfficeName(n)] as const));
  const byBare = new Map<string, Set<string>>();
  for (const { bare, region } of split.values()) {
    const regions = byBare.get(bare) ?? new Set<string>();
    regions.add(region);
    byBare.set(bare, regions);
  }
  // Per bare name: every region mapped to the longest region it is part of, when that is unique.
  const headOf = new Map<string, string>();
  for (const [bare, regions] of byBare) {
    const named = [...regions].filter((r) => r !== '');
    const heads = named.filter((r) => !named.some((o) => o !== r && o.endsWith(r)));
    for (const r of regions) {
      const mine = r === '' ? heads : heads.filter((h) => h.endsWith(r));
      headOf.set(`${bare}|${r}`, mine.length === 1 ? `${mine[0] ?? ''}|${bare}` : `?${r}|${bare}`);
    }
  }
  return new Map(
    [...split].map(([name, { bare, region }]) => [name, headOf.get(`${bare}|${region}`) ?? `|${bare}`]),
  );
}
