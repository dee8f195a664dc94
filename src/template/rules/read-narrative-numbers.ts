// Reads the figures a narrative states in words, for comparison with the tables: published
// reports often say "本年共收到依申请公开0件" above a table that says otherwise.

export type NarrativeTopic = 'applications' | 'review' | 'litigation' | 'normative' | 'proactive';

export interface NarrativeNumber {
  readonly topic: NarrativeTopic;
  readonly value: number;
  /** The words the figure was read from, quoted in the finding. */
  readonly quote: string;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 0–999 in Arabic or Chinese numerals (十二, 二十, 一百零五). */
export function readCount(text: string): number | null {
  // Chinese input methods often type full-width digits (１２) in running text.
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch] ?? 0;
      seen = true;
    } else if (ch === '十') {
      total += (seen ? digit : 1) * 10;
      digit = 0;
      seen = false;
    } else if (ch === '百') {
      total += digit * 100;
      digit = 0;
      seen = false;
    } else {
      return null;
    }
  }
  return total + digit;
}

const NUM = '([\\d０-９]+|[零〇一二两三四五六七八九十百]+)';
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
