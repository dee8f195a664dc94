import { Parser } from 'htmlparser2';

/** How far into a page its encoding declaration is looked for (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;

/**
 * The charset a saved page declares in its first bytes (`<meta charset="gbk">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), read with a real parser
 * over the bytes as Latin-1 (every declaration is ASCII).
 */
export function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  let charset: string | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (charset !== undefined || name !== 'meta') return;
      if (attribs.charset) charset = attribs.charset.trim();
      else if ((attribs['http-equiv'] ?? '').toLowerCase() === 'content-type') {
        const m = /charset\s*=\s*["']?([\w-]+)/i.exec(attribs.content ?? '');
        if (m?.[1]) charset = m[1];
      }
    },
  });
  parser.write(head);
  parser.end();
  return charset;
}
