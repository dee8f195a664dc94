// Dates in a ledger file come as real Excel dates (read as Date), as Excel serial numbers (a date
// cell whose format the reader did not recognise) or as text typed in any of the ways Chinese
// offices write dates. Each is read to `YYYY-MM-DD`, or refused with the reason; a day and month
// whose order cannot be told (5/1/2023) are never guessed.

type LedgerDate = { readonly date: string } | { readonly reason: string };

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
// Excel's serial numbers of 1 Jan 1990 and 31 Dec 2100 (days since 1899-12-30).
const FIRST_SERIAL = 32874;
const LAST_SERIAL = 73415;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(y: number, m: number, d: number, shown: string): LedgerDate {
  if (y < FIRST_YEAR || y > LAST_YEAR)
    return { reason: `“${shown}”的年份不在 ${FIRST_YEAR}–${LAST_YEAR} 年之间` };
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return { reason: `“${shown}”不是存在的日期` };
  }
  return { date: `${y}-${pad(m)}-${pad(d)}` };
}

function fromUtc(t: Date, shown: string): LedgerDate {
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), shown);
}

const NOT_A_DATE = '不是日期，请写成 2023-01-05 或 2023年1月5日';

/** A ledger cell read as a date: `{ date: '' }` when empty. */
export function readLedgerDate(value: unknown): LedgerDate {
  if (value === null || value === undefined) return { date: '' };
  if (value instanceof Date) {
    // read-excel-file gives Excel dates as UTC midnight (plus the time of day, if any).
    return Number.isNaN(value.getTime()) ? { reason: '不是有效的日期' } : fromUtc(value, value.toISOString());
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19_000_101 && value <= 21_001_231) {
      return readLedgerDate(String(value));
    }
    if (value >= FIRST_SERIAL && value < LAST_SERIAL + 1) {
      return fromUtc(new Date(EXCEL_EPOCH + Math.floor(value) * DAY_MS), String(value));
    }
    return { reason: `“${value}”${NOT_A_DATE}` };
  }
  const shown = String(value).trim();
  if (shown === '') return { date: '' };
  const s = shown.normalize('NFKC').replace(/\s+/gu, ' ');
  // 2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日, each optionally with a time of day after it.
  const ymd =
    /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(
      s,
    );
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), shown);
  const compact = /^(\d{4})(\d{2})(\d{2})$/u.exec(s);
  if (compact) return fromParts(Number(compact[1]), Number(compact[2]), Number(compact[3]), shown);
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/u.test(s)) {
    return { reason: `“${shown}”看不出哪个是月、哪个是日，请写成 2023-01-05 或 2023年1月5日` };
  }
  return { reason: `“${shown}”${NOT_A_DATE}` };
}
