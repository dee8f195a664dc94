/**
 * The characters of a text as a reader counts them (字数): not whitespace, and a character outside
 * the Basic Multilingual Plane (an emoji, a rare 汉字) counts once, not as its two UTF-16 halves.
 * A loop rather than `[...text]`: the count runs on every keystroke, and a 20,000-character
 * paragraph made that an array of 20,000 strings each time (hostile input).
 */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate belongs to the character its high surrogate already counted.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    if (isSpace(c)) continue;
    n++;
  }
  return n;
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
