// word/fontTable.xml for the exported report. The docx library writes the part empty, which
// leaves Word, on a PC without 仿宋_GB2312, 楷体_GB2312 or 方正小标宋简体, to guess a substitute from
// the name alone, often a Latin font. Declaring each font with the GB2312 character set, its
// family and an alternative name (ECMA-376 §17.8.3) makes it fall back to 仿宋, 楷体, 宋体 or 黑体.
// The part is handed to Packer as an override (docx's public API), so the browser and Node pack
// the same file.
import { FONT_DECLARATIONS } from './docx-typography';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The Chinese (PRC) character set of the old Windows API, GB2312_CHARSET = 134 = 0x86. */
const GB2312_CHARSET = '86';

/**
 * Unicode ranges and code pages the fonts cover, as Word writes them for 宋体: Latin, CJK and the
 * GB2312 code page (csb0 bit 18). Word weighs them when it picks a substitute.
 */
const SIGNATURE =
  'w:usb0="00000003" w:usb1="288F0000" w:usb2="00000016" w:usb3="00000000" w:csb0="00040001" w:csb1="00000000"';

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const FONT_TABLE_PATH = 'word/fontTable.xml';

export function reportFontTable(): { readonly path: string; readonly data: string } {
  const fonts = Object.entries(FONT_DECLARATIONS).map(
    ([name, { altName, family }]) =>
      `<w:font w:name="${attr(name)}"><w:altName w:val="${attr(altName)}"/>` +
      `<w:charset w:val="${GB2312_CHARSET}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/>` +
      `<w:sig ${SIGNATURE}/></w:font>`,
  );
  return {
    path: FONT_TABLE_PATH,
    data:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<w:fonts xmlns:w="${W_NS}">${fonts.join('')}</w:fonts>`,
  };
}
