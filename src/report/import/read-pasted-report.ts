// Reads what the person pasted into 报告内容: the clipboard's HTML when it has some (a page
// copied from the portal keeps its tables there), else its plain text.
import type { ImportResult } from './imported-report';
import { htmlBlocks } from './html-blocks';
import { recogniseReport, type RecogniseOptions } from './recognise-report';
import { textBlocks } from './text-blocks';

export interface PastedContent {
  /** `text/html` of the clipboard, if it held any. */
  readonly html?: string;
  /** `text/plain` of the clipboard. */
  readonly text: string;
}

export function readPastedReport(content: PastedContent, options: RecogniseOptions = {}): ImportResult {
  const html = content.html?.trim() ? htmlBlocks(content.html) : undefined;
  if (html && html.blocks.length > 0) {
    const fromHtml = recogniseReport(
      { kind: 'html', blocks: html.blocks, ...(html.title ? { titleHint: html.title } : {}) },
      options,
    );
    // HTML without the tables (some editors copy them as images or drop them): the text may have them.
    if (fromHtml.ok || content.text.trim() === '') return fromHtml;
    const fromText = recogniseReport({ kind: 'text', blocks: textBlocks(content.text) }, options);
    return fromText.ok ? fromText : fromHtml;
  }
  if (content.text.trim() === '')
    return { ok: false, reason: '没有粘贴任何内容：请先复制报告全文（连同表格），再粘贴到“报告内容”中' };
  return recogniseReport({ kind: 'text', blocks: textBlocks(content.text) }, options);
}
