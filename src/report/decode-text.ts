// Bytes of a text file (a .txt, a saved web page, a draft) to text, strictly: a file is read in
// an encoding only if every byte decodes in it, so a wrong guess is refused with a reason rather
// than turned into question marks and U+FFFD in a stored report. Chinese offices save text as
// UTF-8, as GB18030/GBK (Notepad's 'ANSI' on a Chinese Windows, older portal pages) or as UTF-16
// with a byte order mark (Notepad's 'Unicode').

type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      /** The encoding read, as people name it: `UTF-8`, `UTF-16LE`, `GB18030` … */
      readonly encoding: string;
    }
  | { readonly ok: false; readonly reason: string };

interface DecodeOptions {
  /**
   * An encoding the file declares (a page's `<meta charset>`, a server's header): tried after a
   * byte order mark and UTF-8, before GB18030.
   */
  readonly declared?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes all of `bytes` in `label`, or undefined if one byte does not belong to it. */
function strictly(label: string, bytes: Uint8Array): { text: string; encoding: string } | undefined {
  let decoder: TextDecoder;
  try {
    // ignoreBOM: the BOM is dealt with before, and a second one inside is text to keep.
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return undefined; // a label this browser does not know
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return undefined;
  }
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  gbk: 'GBK',
  big5: 'Big5',
};

function accepted(text: string, encoding: string): DecodedText {
  if (text.includes('\uFFFD')) {
    return {
      ok: false,
      reason:
        '文件中有已经损坏的文字（显示为“�”的字符），可能是以前保存时用错了编码，读出的内容不可靠。请找到原始文件再导入',
    };
  }
  if (text.includes('\u0000')) {
    return {
      ok: false,
      reason:
        '这不是普通的文本文件（含有空字符）。如果是“Unicode”编码的文本，请用记事本打开后另存为“UTF-8”编码再导入',
    };
  }
  return { ok: true, text, encoding: DISPLAY_NAMES[encoding] ?? encoding.toUpperCase() };
}

/**
 * The text of `bytes`: by its byte order mark if it has one (UTF-8, UTF-16LE, UTF-16BE), else
 * UTF-8 if every byte is valid UTF-8 (GBK text practically never is), else the declared encoding,
 * else GB18030 (which reads GBK and GB2312 too). Anything else is refused with a reason in Chinese.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (startsWith(bytes, [...UTF8_BOM])) {
    const r = strictly('utf-8', bytes.subarray(3));
    return r
      ? accepted(r.text, r.encoding)
      : { ok: false, reason: '文件标明是 UTF-8 编码，但其中有不属于 UTF-8 的字节：文件可能已损坏' };
  }
  for (const [bom, label] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const r = strictly(label, bytes.subarray(2));
    return r
      ? accepted(r.text, r.encoding)
      : { ok: false, reason: `文件标明是 ${DISPLAY_NAMES[label]} 编码，但内容不完整：文件可能已损坏` };
  }
  const utf8 = strictly('utf-8', bytes);
  if (utf8) return accepted(utf8.text, utf8.encoding);
  const declared = options.declared?.trim().toLowerCase();
  if (declared && !/^utf-?(8|16)/.test(declared)) {
    const r = strictly(declared, bytes);
    if (r) return accepted(r.text, r.encoding);
  }
  const gb = strictly('gb18030', bytes);
  if (gb) return accepted(gb.text, gb.encoding);
  return {
    ok: false,
    reason:
      '无法识别文件的文字编码：它既不是 UTF-8，也不是 GB18030（GBK）编码。请用记事本或 WPS 打开文件，另存为“UTF-8”编码后再导入',
  };
}
