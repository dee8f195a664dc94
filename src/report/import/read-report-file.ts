// Reads a file the person chose (or the county desk was given) into an imported report: a .docx,
// a saved web page or a text file. Files that cannot be read in a browser are refused with what
// to do instead: the old binary .doc and .wps, PDF, an encrypted or damaged .docx, a zip bomb.
// Pure and synchronous: no DOM, so it runs the same on the page, in a Web Worker and in Node.
import { decodeText } from '../decode-text';
import { docxBlocks } from './docx-blocks';
import { htmlBlocks } from './html-blocks';
import { htmlCharset } from './html-charset';
import type { ImportResult } from './imported-report';
import { recogniseReport, type RecogniseOptions } from './recognise-report';
import type { SourceDocument } from './source-document';
import { textBlocks } from './text-blocks';
import { unzipDocx } from './unzip-docx';

/** Far beyond any report (a 50-page .docx with photos is ~10 MB); a larger file is refused. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

const SAVE_AS_DOCX = '请在 Word 或 WPS 中另存为 .docx 后再导入';

const refuse = (reason: string): ImportResult => ({ ok: false, reason });

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes`. */
function holds(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const utf16le = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: old .doc, .wps, and an encrypted .docx (its package inside one). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];
/** The stream an encrypted OOXML file keeps its package in, named in UTF-16LE in the directory. */
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The first characters of a file, as ASCII, to tell a page saved under another name. */
function asciiStart(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart()
    .toLowerCase();
}

function readDocx(bytes: Uint8Array, fileName: string, options: RecogniseOptions): ImportResult {
  const unzipped = unzipDocx(bytes);
  if (!unzipped.ok) return refuse(unzipped.reason);
  let content;
  try {
    content = docxBlocks(unzipped.parts);
  } catch {
    return refuse('文件已损坏（文档内容无法解析），无法读取。' + SAVE_AS_DOCX);
  }
  const document: SourceDocument = {
    kind: 'docx',
    blocks: content.blocks,
    fileName,
    ...(content.title ? { titleHint: content.title } : {}),
  };
  return recogniseReport(document, options);
}

function readHtml(bytes: Uint8Array, fileName: string, options: RecogniseOptions): ImportResult {
  const declared = htmlCharset(bytes);
  const decoded = decodeText(bytes, declared ? { declared } : {});
  if (!decoded.ok) return refuse(decoded.reason);
  const content = htmlBlocks(decoded.text);
  const document: SourceDocument = {
    kind: 'html',
    blocks: content.blocks,
    fileName,
    encoding: decoded.encoding,
    ...(content.title ? { titleHint: content.title } : {}),
  };
  return recogniseReport(document, options);
}

function readText(bytes: Uint8Array, fileName: string, options: RecogniseOptions): ImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  const document: SourceDocument = {
    kind: 'text',
    blocks: textBlocks(decoded.text),
    fileName,
    encoding: decoded.encoding,
  };
  return recogniseReport(document, options);
}

/**
 * The refusal of a file by its size alone, or undefined: a caller holding a `File` asks before
 * reading a huge file into memory.
 */
export function refuseBySize(size: number): ImportResult | undefined {
  if (size === 0) return refuse('文件是空的');
  if (size > MAX_FILE_BYTES) {
    return refuse(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），不像是一份年度报告，已拒绝读取`);
  }
  return undefined;
}

/**
 * Reads the file `name` with content `bytes`: a .docx, .html/.htm or .txt report. The content
 * decides where the name could mislead (a page saved as .doc, a .docx that is really an old .doc).
 */
export function readReportFile(
  name: string,
  bytes: Uint8Array,
  options: RecogniseOptions = {},
): ImportResult {
  const fileName = name.split(/[\\/]/).pop() ?? name;
  const ext = extensionOf(fileName);
  const bySize = refuseBySize(bytes.length);
  if (bySize) return bySize;
  if (startsWith(bytes, PDF)) {
    return refuse(
      'PDF 文件无法读取：其中的表格已变成版面，读不出单元格。请导入报告的 Word 文件（.docx），或在网页上复制报告全文，用“粘贴报告内容”导入',
    );
  }
  if (startsWith(bytes, CFB)) {
    if (holds(bytes, ENCRYPTED_PACKAGE)) {
      return refuse(
        '文件设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入',
      );
    }
    if (ext === 'wps') return refuse(`这是 WPS 文字的旧格式文件（.wps），浏览器无法读取：${SAVE_AS_DOCX}`);
    if (ext === 'xls' || ext === 'et')
      return refuse('这是 Excel 表格文件，不是报告文档：请导入报告的 Word 文件（.docx）');
    return refuse(`这是旧版 Word 文档（.doc），浏览器无法读取：${SAVE_AS_DOCX}`);
  }
  if (startsWith(bytes, RTF)) return refuse(`这是 RTF 格式的文件，无法读取：${SAVE_AS_DOCX}`);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return readDocx(bytes, fileName, options);
  const start = asciiStart(bytes);
  if (start.startsWith('mime-version') || ext === 'mht' || ext === 'mhtml') {
    return refuse(
      '这是网页档案文件（.mht），无法读取：请在浏览器中把网页另存为“网页，仅 HTML”（.html），或复制网页内容后用“粘贴报告内容”导入',
    );
  }
  const looksHtml = /^(<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<meta|<body|<table|<p[\s>])/.test(
    start,
  );
  switch (ext) {
    case 'docx':
    case 'docm':
    case 'dotx':
      return refuse(
        '文件已损坏，或不是真正的 .docx 文件（内容不是 Word 文档格式），无法读取。' + SAVE_AS_DOCX,
      );
    case 'doc':
    case 'wps':
      // Many office systems save a web page under .doc: Word opens it, and so can we.
      if (looksHtml) return readHtml(bytes, fileName, options);
      return refuse(`这是旧版 Word 或 WPS 文档，浏览器无法读取：${SAVE_AS_DOCX}`);
    case 'html':
    case 'htm':
    case 'xhtml':
    case 'shtml':
      return readHtml(bytes, fileName, options);
    case 'txt':
    case 'text':
    case 'md':
    case '':
      return looksHtml ? readHtml(bytes, fileName, options) : readText(bytes, fileName, options);
    case 'json':
      return refuse('这是报告草稿文件（.json）：请用开始页的“导入草稿”打开');
    default:
      return refuse(
        `不能导入 .${ext} 文件：请选择报告的 Word 文件（.docx）、网页文件（.html）或文本文件（.txt）`,
      );
  }
}
