// Reads the figures a narrative states in words, for comparison with the tables: published
// reports often say "本年共收到依申请公开0件" above a table that says otherwise.
import { CHINESE_DIGITS } from '../reading/label-key';

export type NarrativeTopic = 'applications' | 'review' | 'litigation' | 'normative' | 'proactive';

export interface NarrativeNumber {
  readonly topic: NarrativeTopic;
  readonly value: number;
  /** The words the figure was read from, quoted in the finding. */
  readonly quote: string;
}

/**
 * A count in Arabic or Chinese numerals: 12, １２, 1,268 (a report writes a thousands separator as
 * often as not), 十二, 一百零五, 一千二百六十八, 两万三千, and the spoken short forms 一千二 (1,200)
 * and 五万五 (55,000). Null for anything else, vague amounts included: 上万, 数千, 近千 and 数百
 * say no figure, and reading them as 0 would report a contradiction that is not there.
 */
export function readCount(text: string): number | null {
  // Chinese input methods often type full-width digits (１２) in running text.
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (/^\d{1,3}(?:[,，]\d{3})+$/.test(ascii)) return Number(ascii.replace(/[,，]/g, ''));
  if (text === '零' || text === '〇') return 0;
  let total = 0; // the 万 already read
  let section = 0; // below 万
  let digit = 0;
  let seen = false; // a digit 1–9 waits for its unit
  let zero = false; // 零 since the last unit: 一百零五 is 105, 一百五 is 150
  let lastUnit = 0;
  for (const ch of text) {
    const value = CHINESE_DIGITS[ch];
    if (value === 0) {
      zero = true;
    } else if (value !== undefined) {
      if (seen) return null; // 二三 is not a count
      digit = value;
      seen = true;
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const size = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      // 十 alone is ten (十二 = 12); 百 and 千 without a digit are vague (数百, 近千).
      if (!seen && size !== 10) return null;
      section += (seen ? digit : 1) * size;
      digit = 0;
      seen = false;
      zero = false;
      lastUnit = size;
    } else if (ch === '万') {
      if (!seen && section === 0) return null; // 上万
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
      seen = false;
      zero = false;
      lastUnit = 10_000;
    } else {
      return null;
    }
  }
  // A last digit straight after 百, 千 or 万 counts in the next unit down: 一千二 = 1,200.
  if (seen && !zero && lastUnit >= 100) digit *= lastUnit / 10;
  return total + section + digit;
}

const NUM = '([\\d０-９]{1,3}(?:[,，][\\d０-９]{3})+|[\\d０-９]+|[零〇一二两三四五六七八九十百千万]+)';
/**
 * Units of a count of applications. `个` only when no time unit follows: “收到申请后15个工作日内
 * 答复” states the 条例's answering time (第三十三条), not a number of applications.
 */
const APPLICATION_UNIT = '(?:件|份|条|个(?!工作日|自然日|月|小时|星期))';
const GAP = '[^。；;，,\\d０-９]{0,16}?';

interface Pattern {
  readonly topic: NarrativeTopic;
  readonly re: RegExp;
  /** A fixed value (the "未收到" forms), else the captured number. */
  readonly zero?: true;
}

const PATTERNS: readonly Pattern[] = [
  {
    topic: 'applications',
    zero: true,
    re: /(?:未|没有|无)(?:收到|接到|受理)[^。；;]{0,12}?(?:依申请公开|政府信息公开申请|公开申请)/g,
  },
  {
    topic: 'applications',
    re: new RegExp(
      `(?:收到|接到|受理|新收)${GAP}(?:依申请公开|政府信息公开申请|公开申请)${GAP}${NUM}\\s*${APPLICATION_UNIT}`,
      'g',
    ),
  },
  { topic: 'review', zero: true, re: /(?:未|没有|无)(?:发生|收到|出现|被申请)[^。；;]{0,12}?行政复议/g },
  { topic: 'review', re: new RegExp(`行政复议${GAP}${NUM}\\s*(?:件|起|例)`, 'g') },
  { topic: 'litigation', zero: true, re: /(?:未|没有|无)(?:发生|收到|出现|被提起)[^。；;]{0,16}?行政诉讼/g },
  { topic: 'litigation', re: new RegExp(`行政诉讼${GAP}${NUM}\\s*(?:件|起|例)`, 'g') },
  {
    topic: 'normative',
    re: new RegExp(`(?:制发|印发|出台)${GAP}(?:行政)?规范性文件${GAP}${NUM}\\s*件`, 'g'),
  },
  { topic: 'proactive', re: new RegExp(`主动公开${GAP}${NUM}\\s*条`, 'g') },
];

export function readNarrativeNumbers(text: string): NarrativeNumber[] {
  const out: NarrativeNumber[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const value = p.zero ? 0 : readCount(m[1] ?? '');
      if (value === null) continue;
      out.push({ topic: p.topic, value, quote: m[0] });
    }
  }
  return out;
}
