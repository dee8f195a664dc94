// CSV files reach the ledger from Excel and WPS in several encodings: Excel on Chinese Windows
// saves “CSV (逗号分隔)” in the ANSI code page, GBK, which GB18030 contains; “CSV UTF-8” starts
// with a byte-order mark; “Unicode 文本” is UTF-16 with a mark. Each is decoded strictly: a file
// that is none of them is refused, never shown as mojibake.

type DecodedText = { readonly text: string } | { readonly reason: string };

function decode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** A text file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030. */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const bom = starts(bytes, 0xef, 0xbb, 0xbf)
    ? 'utf-8'
    : starts(bytes, 0xff, 0xfe)
      ? 'utf-16le'
      : starts(bytes, 0xfe, 0xff)
        ? 'utf-16be'
        : undefined;
  // Without a mark, UTF-8 first: text that decodes as UTF-8 is almost never meant as GB18030.
  const text = bom ? decode(bom, bytes) : (decode('utf-8', bytes) ?? decode('gb18030', bytes));
  if (text === undefined) {
    return { reason: '无法识别文件的文字编码：请在 Excel 或 WPS 中另存为“CSV UTF-8”或 .xlsx 后再导入' };
  }
  if (text.includes('\u0000')) return { reason: '这不是文本文件（CSV），请选择 .xlsx 或 .csv 文件' };
  return { text };
}
