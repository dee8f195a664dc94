// A printed table cell as the figure the report stores. Figures are written as they are meant
// (full-width digits, separators, `00`, a unit in the cell are read by normalizeFigure and, for
// money, converted exactly between 元 and 万元); a blank stays blank, never 0; anything that is
// not a number (`—`, `/`, `无`) is unreadable, shown with what was there. A figure that breaks
// the format's rules (a negative count, five decimals in 万元) is read as printed: the rules
// report it on the imported report (R6), nothing is rounded or changed silently.
import { normalizeFigure } from '../../template/normalize-figure';
import type { ValueKind } from '../../template/spec-types';

type FigureReading =
  | {
      readonly state: 'read';
      /** The figure to store. */
      readonly text: string;
      /** Said when the stored figure is not the printed one read plainly, e.g. a unit converted. */
      readonly note?: string;
    }
  | { readonly state: 'blank' }
  | { readonly state: 'unreadable'; readonly reason: string };

const SPACES = /[\s\u00a0\u3000\u200b-\u200f\u2060\ufeff]+/g;

/** `digits` ÷ 10 000, written exactly (no floating point): 73802895.90 → 7380.28959. */
function yuanToWan(digits: string): string {
  const negative = digits.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? digits.slice(1) : digits).split('.');
  const padded = whole.padStart(5, '0');
  const head = padded.slice(0, -4).replace(/^0+(?=\d)/, '');
  const tail = `${padded.slice(-4)}${fraction}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}

/**
 * Reads a cell of `kind`. `headerUnit` is a unit the column's printed header gives (`（元）`):
 * a bare amount under it is in that unit.
 */
export function readFigure(raw: string, kind: ValueKind, headerUnit?: '元' | '万元'): FigureReading {
  const printed = raw.replace(SPACES, '');
  if (printed === '') return { state: 'blank' };
  let figure = normalizeFigure(printed);
  // A count with its measure word (`3件`, `12个`) is the count.
  if ((kind === 'count' || kind === 'signed-count') && /^-?\d+(件|个|项|条)$/.test(figure)) {
    figure = figure.slice(0, -1);
  }
  const m = /^(-?\d+(?:\.\d+)?)(万元|元)?$/.exec(figure);
  if (!m || !m[1]) return { state: 'unreadable', reason: `“${printed}”不是数字` };
  const amount = m[1];
  const unit = (m[2] as '元' | '万元' | undefined) ?? headerUnit;
  switch (kind) {
    case 'count':
    case 'signed-count':
      if (m[2]) return { state: 'unreadable', reason: `“${printed}”是金额，这一格应填件数` };
      return figure === printed
        ? { state: 'read', text: amount }
        : { state: 'read', text: amount, note: `原文为“${printed}”` };
    case 'money-wan': {
      if (unit === '元') {
        const wan = yuanToWan(amount);
        return {
          state: 'read',
          text: wan,
          note: `原文为“${printed}”${m[2] ? '' : '（表头单位为元）'}，已换算为万元`,
        };
      }
      return amount === printed
        ? { state: 'read', text: amount }
        : { state: 'read', text: amount, note: `原文为“${printed}”` };
    }
    case 'amount-with-unit': {
      const text = unit ? `${amount}${unit}` : amount;
      return text === printed
        ? { state: 'read', text }
        : {
            state: 'read',
            text,
            note: `原文为“${printed}”${m[2] || !unit ? '' : `，单位取自表头（${unit}）`}`,
          };
    }
  }
}
