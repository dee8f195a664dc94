// Reads a ledger file the clerk chose: .xlsx (read-excel-file) or .csv (decoded strictly, then
// papaparse). Bytes in, rows or reasons out; no DOM, so the feature can load it lazily and run it
// anywhere. What the rows hold is read by readLedgerRows, all or nothing.
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import type { FormatSpec } from '../../template/spec-types';
import { decodeText } from '../decode-text';
import { readLedgerRows, type LedgerReadResult, type SheetRows } from './read-ledger-rows';

/** A ledger of 5,000 rows is well under 1 MB as .xlsx; anything far larger is not a ledger. */
const MAX_LEDGER_FILE_BYTES = 10 * 1024 * 1024;
/** What an .xlsx may unpack to: a zip bomb of a few KB declares gigabytes. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

const refuse = (reason: string): LedgerReadResult => ({ ok: false, reason, problems: [] });

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// The compound-file signature of a legacy .xls (and .doc, .et).
const isOle = (b: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((x, i) => b[i] === x);

/** The uncompressed size the zip's directory declares, read without inflating anything. */
function declaredSize(bytes: Uint8Array): number | undefined {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return total;
}

async function xlsxSheets(bytes: Uint8Array): Promise<readonly SheetRows[] | string> {
  const size = declaredSize(bytes);
  if (size === undefined) return '文件已损坏，无法打开（不是有效的 .xlsx 文件）';
  if (size > MAX_UNPACKED_BYTES) return '文件解压后过大，不是台账文件';
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    return sheets.map((s) => ({ name: s.sheet, rows: s.data }));
  } catch {
    return '文件已损坏或不是 Excel 工作簿（.xlsx），无法读取';
  }
}

function csvSheets(bytes: Uint8Array, name: string): readonly SheetRows[] | string {
  // Excel on Chinese Windows saves “CSV (逗号分隔)” as GBK, “CSV UTF-8” with a byte-order mark,
  // “Unicode 文本” as UTF-16 with a mark: decodeText reads each strictly, and refuses the rest.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.reason;
  // papaparse reads quoted fields with commas and line breaks inside, and guesses the delimiter
  // (comma, or tab for Excel's “Unicode 文本”).
  const parsed = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/u, ''), { skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return `第 ${(broken.row ?? 0) + 1} 行的引号没有配对，文件可能不完整`;
  return [{ name, rows: parsed.data }];
}

/**
 * Reads a ledger file: `.xlsx` (every sheet with a ledger header) or `.csv` (UTF-8, UTF-16 or
 * GB18030). A legacy `.xls`, a damaged file or a foreign one is refused with a reason in Chinese.
 */
export async function readLedgerFile(
  format: FormatSpec,
  bytes: Uint8Array,
  fileName: string,
  newId?: () => string,
): Promise<LedgerReadResult> {
  if (bytes.byteLength === 0) return refuse('文件是空的');
  if (bytes.byteLength > MAX_LEDGER_FILE_BYTES) {
    return refuse(`文件过大（${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB），不是台账文件`);
  }
  if (isOle(bytes)) return refuse('这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 后再导入');
  const sheets = isZip(bytes)
    ? await xlsxSheets(bytes)
    : /\.xlsx$/iu.test(fileName)
      ? '文件已损坏或不是 Excel 工作簿（.xlsx），无法读取'
      : csvSheets(bytes, fileName.replace(/\.[^.]*$/u, ''));
  if (typeof sheets === 'string') return refuse(sheets);
  return readLedgerRows(format, sheets, newId);
}
