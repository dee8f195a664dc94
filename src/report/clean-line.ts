// One-line metadata (机关名称, 地址, 电话…) lands in the report title, the header and the .docx.
// Invisible direction and format characters pasted with it (from web pages, PDFs, chat apps)
// reverse or hide parts of the title there (Unicode bidi: U+202A–U+202E embeddings/overrides,
// U+2066–U+2069 isolates; U+200B–U+200F zero-width and marks; U+2060 word joiner; U+FEFF BOM),
// and control characters break the Word file (pitfalls.md, docx #345). None of them is ever
// meant in such a field, so they are dropped as typed. Line breaks and tabs go too: the
// field holds one line. Narratives are not passed through here; they keep their text.

const UNWANTED =
  // eslint-disable-next-line no-control-regex -- control and invisible format characters are exactly what is removed
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `text` without control characters and invisible direction/format characters; not trimmed. */
export function cleanLine(text: string): string {
  return text.replace(UNWANTED, '');
}
