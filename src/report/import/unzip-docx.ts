// Opens a .docx (a zip of XML parts) with fflate, reading only the parts a report needs, and
// never inflating more than MAX_UNZIPPED_BYTES: a zip bomb is a few KB that would inflate to
// gigabytes, so the sizes the zip declares are checked before anything is inflated (fflate never
// writes past the declared size, so a zip that lies about it cannot inflate more either).
import { unzipSync } from 'fflate';
import type { DocxParts } from './docx-blocks';
import { childElements, parseXml, rootElement } from './xml-node';

/** What the parts a report is read from may inflate to, in all. A 50-page report is ~2 MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

const MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
]);

const CONTENT_TYPES = '[Content_Types].xml';
const DEFAULT_MAIN = 'word/document.xml';

const CORRUPT =
  '文件已损坏，或不是完整的 .docx 文件（压缩包无法打开），无法读取。请在 Word 或 WPS 中打开它，另存为 .docx 后再导入';
const TOO_LARGE = `文件解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB，不像是一份年度报告（可能是恶意构造的压缩文件），已拒绝读取`;

type UnzippedDocx =
  { readonly ok: true; readonly parts: DocxParts } | { readonly ok: false; readonly reason: string };

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The zip's entries (inflating only `wanted`, within the size cap), or a reason. */
function entries(
  bytes: Uint8Array,
  wanted: ReadonlySet<string>,
): { names: Set<string>; files: Record<string, Uint8Array> } | { reason: string } {
  const names = new Set<string>();
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        if (!wanted.has(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    return { reason: CORRUPT };
  }
  return tooLarge ? { reason: TOO_LARGE } : { names, files };
}

/** The XML parts of a .docx that hold a report's text, or a reason it cannot be read. */
export function unzipDocx(bytes: Uint8Array): UnzippedDocx {
  const first = entries(bytes, new Set([CONTENT_TYPES]));
  if ('reason' in first) return { ok: false, reason: first.reason };
  let main = DEFAULT_MAIN;
  const types = first.files[CONTENT_TYPES];
  const typesText = types ? utf8(types) : undefined;
  if (typesText) {
    const root = rootElement(parseXml(typesText));
    const override = root
      ? childElements(root).find(
          (el) => el.name === 'Override' && MAIN_TYPES.has(el.attribs.ContentType ?? ''),
        )
      : undefined;
    const partName = override?.attribs.PartName?.replace(/^\//, '');
    if (partName) main = partName;
  }
  if (!first.names.has(main)) {
    if ([...first.names].some((n) => n.startsWith('xl/'))) {
      return { ok: false, reason: '这是 Excel 表格文件，不是报告文档：请导入报告的 Word 文件（.docx）' };
    }
    if ([...first.names].some((n) => n.startsWith('ppt/'))) {
      return { ok: false, reason: '这是 PowerPoint 演示文稿，不是报告文档：请导入报告的 Word 文件（.docx）' };
    }
    return { ok: false, reason: '这个压缩文件里没有 Word 文档的正文，不是 .docx 文件，无法读取' };
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const names = {
    document: main,
    numbering: `${folder}numbering.xml`,
    styles: `${folder}styles.xml`,
    core: 'docProps/core.xml',
  } as const;
  const second = entries(bytes, new Set(Object.values(names)));
  if ('reason' in second) return { ok: false, reason: second.reason };
  const texts: Partial<Record<keyof typeof names, string>> = {};
  for (const [key, name] of Object.entries(names) as [keyof typeof names, string][]) {
    const data = second.files[name];
    if (!data) continue;
    const text = utf8(data);
    if (text === undefined) return { ok: false, reason: CORRUPT };
    texts[key] = text;
  }
  if (texts.document === undefined) return { ok: false, reason: CORRUPT };
  return {
    ok: true,
    parts: {
      document: texts.document,
      ...(texts.numbering === undefined ? {} : { numbering: texts.numbering }),
      ...(texts.styles === undefined ? {} : { styles: texts.styles }),
      ...(texts.core === undefined ? {} : { core: texts.core }),
    },
  };
}
