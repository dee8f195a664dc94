import type { ValueKind } from './spec-types';

export type ParsedValue =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: number; readonly unit?: '元' | '万元' }
  | { readonly status: 'invalid'; readonly message: string };

/** Counts above this are typing errors, not the work of a township (and stay exact in doubles). */
const MAX_COUNT = 1_000_000;

const NOT_A_NUMBER = /^(—+|-+|\/|无|没有|空|none|n\/a|na)$/i;

/**
 * Reads a cell as stored. Cells are kept as typed (normalized by the editor), so a bad value is
 * never lost: it is reported here, with a message in plain Chinese (R6).
 */
export function parseValue(kind: ValueKind, raw: string): ParsedValue {
  const s = raw.trim();
  if (s === '') return { status: 'empty' };
  if (NOT_A_NUMBER.test(s)) {
    return { status: 'invalid', message: `“${s}”不是数字：表格只填数字，没有发生的填 0` };
  }
  if (/[\uFF10-\uFF19]/.test(s)) return { status: 'invalid', message: `“${s}”含全角数字，请用半角数字` };
  if (/^[+-]?0\d/.test(s)) {
    return { status: 'invalid', message: `“${s}”有多余的前导零，应写作“${String(Number(s))}”` };
  }
  switch (kind) {
    case 'count':
    case 'signed-count': {
      if (/^-\d+$/.test(s) && kind === 'count') {
        return { status: 'invalid', message: `“${s}”是负数：件数不能为负` };
      }
      if (/^[+-]?\d+\.\d+$/.test(s)) return { status: 'invalid', message: `“${s}”不是整数：件数应为整数` };
      const re = kind === 'count' ? /^\d+$/ : /^-?\d+$/;
      if (!re.test(s)) return { status: 'invalid', message: `“${s}”不是整数：请填写数字` };
      const value = Number(s);
      if (Math.abs(value) > MAX_COUNT) {
        return { status: 'invalid', message: `“${s}”过大，请核对（不超过 ${MAX_COUNT}）` };
      }
      return { status: 'ok', value };
    }
    case 'money-wan': {
      if (/^-/.test(s)) return { status: 'invalid', message: `“${s}”是负数：金额不能为负` };
      if (/(元|万元)$/.test(s)) {
        return { status: 'invalid', message: `“${s}”：表头已写明单位万元，格内只填数字` };
      }
      if (/^\d+\.\d{5,}$/.test(s)) {
        return { status: 'invalid', message: `“${s}”：以万元为单位，最多保留 4 位小数` };
      }
      if (!/^\d+(\.\d{1,4})?$/.test(s))
        return { status: 'invalid', message: `“${s}”不是金额：请填写以万元为单位的数字` };
      const value = Number(s);
      if (value > MAX_COUNT) return { status: 'invalid', message: `“${s}”万元过大，请核对单位` };
      return { status: 'ok', value };
    }
    case 'amount-with-unit': {
      const m = /^(\d+(?:\.\d{1,4})?)(元|万元)$/.exec(s);
      if (!m) {
        if (/^\d+\.\d{5,}(元|万元)$/.test(s)) {
          return { status: 'invalid', message: `“${s}”：金额最多保留 4 位小数` };
        }
        if (/^\d+(\.\d+)?$/.test(s)) {
          return { status: 'invalid', message: `“${s}”缺少单位：表头没有单位，请写成如“4万元”或“251000元”` };
        }
        return { status: 'invalid', message: `“${s}”不是金额：请写成如“4万元”或“251000元”` };
      }
      return { status: 'ok', value: Number(m[1]), unit: m[2] === '元' ? '元' : '万元' };
    }
  }
}

/** Short hint of what a cell of a kind takes, for placeholders and help text. */
export function kindHint(kind: ValueKind): string {
  switch (kind) {
    case 'count':
      return '整数，不小于 0';
    case 'signed-count':
      return '整数，可为负数';
    case 'money-wan':
      return '万元，最多 4 位小数';
    case 'amount-with-unit':
      return '金额加单位，如 4万元';
  }
}
