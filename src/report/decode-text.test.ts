import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const TEXT = '一、总体情况\n本年新收申请 12 件。';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** GB18030 bytes of the sample, written out: 一 D2BB, 、 A1A2, 总 D7DC, 体 CCE5, 情 C7E9, 况 BFF6. */
const GB_HEADING = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6]);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = littleEndian ? c & 0xff : c >> 8;
    out[3 + i * 2] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark, and says so', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'UTF-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'UTF-8',
    });
  });

  it('reads UTF-16 by its byte order mark, both byte orders', () => {
    expect(decodeText(utf16(TEXT, true))).toEqual({ ok: true, text: TEXT, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(TEXT, false))).toEqual({ ok: true, text: TEXT, encoding: 'UTF-16BE' });
  });

  it('reads GBK/GB18030 text that is not valid UTF-8 (Notepad’s ANSI on a Chinese Windows)', () => {
    expect(decodeText(GB_HEADING)).toEqual({ ok: true, text: '一、总体情况', encoding: 'GB18030' });
  });

  it('honours a declared encoding the bytes are valid in, before guessing GB18030', () => {
    // 中文 in Big5: A4A4 A4E5 (also valid GB18030, where it reads otherwise)
    const big5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]);
    expect(decodeText(big5, { declared: 'big5' })).toEqual({ ok: true, text: '中文', encoding: 'Big5' });
    expect(decodeText(big5)).toMatchObject({ ok: true, encoding: 'GB18030' });
    // a wrong declaration does not win over valid UTF-8
    expect(decodeText(utf8(TEXT), { declared: 'gb2312' })).toMatchObject({ ok: true, text: TEXT });
    // an unknown label is ignored
    expect(decodeText(GB_HEADING, { declared: 'x-no-such' })).toMatchObject({ encoding: 'GB18030' });
  });

  it('refuses bytes valid in neither UTF-8 nor GB18030, with a reason', () => {
    const r = decodeText(new Uint8Array([0x41, 0xff, 0xff, 0x42]));
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? '' : r.reason).toContain('无法识别文件的文字编码');
  });

  it('refuses a file whose text already holds U+FFFD: decoding it cannot bring the characters back', () => {
    const r = decodeText(utf8('本年新收申请\uFFFD件'));
    expect(r.ok ? '' : r.reason).toContain('已经损坏的文字');
  });

  it('refuses a binary or a UTF-16 file without a byte order mark (NUL characters)', () => {
    const r = decodeText(new Uint8Array([0x00, 0x4e, 0x00, 0x2d]));
    expect(r.ok ? '' : r.reason).toContain('不是普通的文本文件');
  });

  it('refuses a truncated UTF-8 file that announces itself with a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('报告').subarray(0, 4)]);
    expect(decodeText(bytes)).toMatchObject({ ok: false });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'UTF-8' });
  });
});
