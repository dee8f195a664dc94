// Word's automatic numbering, put back into the text: a heading numbered by a list (w:numPr) keeps
// `一、` or `（一）` in numbering.xml, not in its runs (pitfalls.md), and a reader that looked at the
// runs alone would see `总体情况`. The numbers are counted the way Word counts them: per abstract
// list, deeper levels restarting after a higher one, a list instance's startOverride restarting it.
import type { Document, Element } from 'domhandler';
import { childElements, firstChild, rootElement, wordPrefix } from './xml-node';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly isLegal: boolean;
}

interface AbstractList {
  readonly levels: ReadonlyMap<number, Level>;
  /** Level linked to a paragraph style (w:lvl/w:pStyle), for styles that number their headings. */
  readonly levelOfStyle: ReadonlyMap<string, number>;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function chinese(n: number, digits: string, ten: string): string {
  if (n <= 0 || n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : `${tens === 1 ? '' : (digits[tens] ?? '')}${ten}`;
  return `${head}${ones === 0 ? '' : (digits[ones] ?? '')}` || (digits[0] ?? '');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** A counter as a number format of ECMA-376 §17.18.59 prints it (the formats Chinese reports use). */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chinese(n, CHINESE_DIGITS, '十');
    case 'chineseLegalSimplified':
      return chinese(n, LEGAL_DIGITS, '拾');
    case 'ideographTraditional':
      return STEMS[n - 1] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function intAttr(el: Element | undefined, name: string): number | undefined {
  const v = el?.attribs[name];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? undefined : n;
}

function onOff(el: Element | undefined, w: string): boolean {
  if (!el) return false;
  const v = el.attribs[`${w}val`];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

function readLevel(lvl: Element, w: string): Level {
  return {
    // ECMA-376 §17.9.26: without w:start a level starts at 0.
    start: intAttr(firstChild(lvl, `${w}start`), `${w}val`) ?? 0,
    format: firstChild(lvl, `${w}numFmt`)?.attribs[`${w}val`] ?? 'decimal',
    text: firstChild(lvl, `${w}lvlText`)?.attribs[`${w}val`] ?? '',
    isLegal: onOff(firstChild(lvl, `${w}isLgl`), w),
  };
}

/** Where a paragraph is numbered: list instance and level. */
interface NumberingRef {
  readonly numId: string;
  readonly level?: number;
}

function numPrOf(pPr: Element | undefined, w: string): NumberingRef | undefined {
  const numPr = firstChild(pPr, `${w}numPr`);
  const numId = firstChild(numPr, `${w}numId`)?.attribs[`${w}val`];
  if (numId === undefined) return undefined;
  const level = intAttr(firstChild(numPr, `${w}ilvl`), `${w}val`);
  return level === undefined ? { numId } : { numId, level };
}

/**
 * A counter over the document's lists: called for every paragraph in document order with its
 * w:pPr, it returns the number Word shows before it (`一、`), or undefined when it has none.
 */
export function docxNumbering(
  numberingPart: Document | undefined,
  stylesPart: Document | undefined,
): (pPr: Element | undefined) => string | undefined {
  const numberingRoot = numberingPart ? rootElement(numberingPart) : undefined;
  const stylesRoot = stylesPart ? rootElement(stylesPart) : undefined;
  const w = wordPrefix(numberingRoot ?? stylesRoot);

  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  if (numberingRoot) {
    for (const a of childElements(numberingRoot, `${w}abstractNum`)) {
      const levels = new Map<number, Level>();
      const levelOfStyle = new Map<string, number>();
      for (const lvl of childElements(a, `${w}lvl`)) {
        const ilvl = intAttr(lvl, `${w}ilvl`) ?? 0;
        levels.set(ilvl, readLevel(lvl, w));
        const style = firstChild(lvl, `${w}pStyle`)?.attribs[`${w}val`];
        if (style) levelOfStyle.set(style, ilvl);
      }
      abstracts.set(a.attribs[`${w}abstractNumId`] ?? '', { levels, levelOfStyle });
    }
    for (const num of childElements(numberingRoot, `${w}num`)) {
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, Level>();
      for (const o of childElements(num, `${w}lvlOverride`)) {
        const ilvl = intAttr(o, `${w}ilvl`) ?? 0;
        const start = intAttr(firstChild(o, `${w}startOverride`), `${w}val`);
        if (start !== undefined) startOverrides.set(ilvl, start);
        const lvl = firstChild(o, `${w}lvl`);
        if (lvl) levelOverrides.set(ilvl, readLevel(lvl, w));
      }
      instances.set(num.attribs[`${w}numId`] ?? '', {
        abstractId: firstChild(num, `${w}abstractNumId`)?.attribs[`${w}val`] ?? '',
        startOverrides,
        levelOverrides,
      });
    }
  }

  // Paragraph styles that number their paragraphs (a numbered 标题 1), through w:basedOn.
  const styles = new Map<string, { readonly numbering?: NumberingRef; readonly basedOn?: string }>();
  if (stylesRoot) {
    for (const s of childElements(stylesRoot, `${w}style`)) {
      const id = s.attribs[`${w}styleId`];
      if (!id) continue;
      const numbering = numPrOf(firstChild(s, `${w}pPr`), w);
      const basedOn = firstChild(s, `${w}basedOn`)?.attribs[`${w}val`];
      styles.set(id, { ...(numbering ? { numbering } : {}), ...(basedOn ? { basedOn } : {}) });
    }
  }
  const styleNumbering = (styleId: string): (NumberingRef & { readonly styleId: string }) | undefined => {
    let id: string | undefined = styleId;
    for (let depth = 0; id !== undefined && depth < 20; depth++) {
      const style = styles.get(id);
      if (style?.numbering) return { ...style.numbering, styleId: id };
      id = style?.basedOn;
    }
    return undefined;
  };

  const counters = new Map<string, number[]>();
  const started = new Set<string>();

  return (pPr) => {
    let ref: NumberingRef | undefined = numPrOf(pPr, w);
    let styleId: string | undefined;
    if (!ref) {
      const pStyle = firstChild(pPr, `${w}pStyle`)?.attribs[`${w}val`];
      const fromStyle = pStyle ? styleNumbering(pStyle) : undefined;
      if (fromStyle) {
        ref = fromStyle;
        styleId = fromStyle.styleId;
      }
    }
    if (!ref || ref.numId === '0') return undefined;
    const instance = instances.get(ref.numId);
    const list = instance && abstracts.get(instance.abstractId);
    if (!instance || !list) return undefined;
    const level = ref.level ?? (styleId !== undefined ? list.levelOfStyle.get(styleId) : undefined) ?? 0;
    const levelOf = (i: number): Level | undefined => instance.levelOverrides.get(i) ?? list.levels.get(i);
    const def = levelOf(level);
    if (!def || def.format === 'bullet') return undefined;

    const count = counters.get(instance.abstractId) ?? [];
    counters.set(instance.abstractId, count);
    const override = instance.startOverrides.get(level);
    const key = `${ref.numId}:${level}`;
    if (override !== undefined && !started.has(key)) {
      started.add(key);
      count[level] = override - 1;
    }
    count[level] = (count[level] ?? def.start - 1) + 1;
    count.length = level + 1; // deeper levels restart after this one
    return def.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const shown = levelOf(i);
      const n = count[i] ?? shown?.start ?? 1;
      return formatCounter(n, def.isLegal && i < level ? 'decimal' : (shown?.format ?? 'decimal'));
    });
  };
}
