import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decode-text-file';
import { gb18030 } from './fixtures/gb18030';

const TEXT = '收到日期,申请人类型\r\n2023/1/5,自然人\r\n';

describe('decodeTextFile', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeTextFile(utf8)).toEqual({ text: TEXT });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT });
  });

  it('reads UTF-16 with a byte-order mark, as Excel’s “Unicode 文本” is', () => {
    const le = [0xff, 0xfe, ...[...TEXT].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])];
    expect(decodeTextFile(new Uint8Array(le))).toEqual({ text: TEXT });
    const be = [0xfe, 0xff, ...[...TEXT].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff])];
    expect(decodeTextFile(new Uint8Array(be))).toEqual({ text: TEXT });
  });

  it('reads GB18030, as Excel on Chinese Windows saves CSV', () => {
    const bytes = gb18030(TEXT);
    // Not UTF-8: the Chinese characters are two bytes each.
    expect(bytes.length).toBe(new TextEncoder().encode(TEXT).length - 12);
    expect(decodeTextFile(bytes)).toEqual({ text: TEXT });
  });

  it('refuses bytes that are no text it knows', () => {
    expect(decodeTextFile(new Uint8Array([0x81, 0x20, 0xff, 0xff]))).toMatchObject({
      reason: expect.stringContaining('无法识别文件的文字编码') as unknown,
    });
    expect(decodeTextFile(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({
      reason: '这不是文本文件（CSV），请选择 .xlsx 或 .csv 文件',
    });
  });
});
