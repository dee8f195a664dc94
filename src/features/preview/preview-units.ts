import type { DocumentBlock, TableBlock } from '../../template/print-layout/document-content';

/**
 * What the preview lays on its pages, one entry per piece that moves as a whole or splits by
 * line or row: the shared document content (the same the Word export renders) with each paragraph
 * on its own. The notes for the supervisor (a narrative not written yet, last year's text) ride on
 * a heading or a paragraph and take no room of their own, so the pages break where the .docx does.
 */
export type PreviewUnit =
  | { readonly kind: 'title'; readonly text: string; readonly lines: readonly string[] }
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2;
      readonly text: string;
      /** Screen only: the narrative right under this heading is not written yet. */
      readonly note?: string;
    }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      /** Screen only: the first paragraph of a text carried over from last year's report. */
      readonly stale?: boolean;
      /** Screen only: not read at the last review decision (new or rewritten since). */
      readonly changed?: boolean;
    }
  | { readonly kind: 'table'; readonly block: TableBlock }
  | { readonly kind: 'signature'; readonly signatory: string; readonly date: string };

export function previewUnits(
  blocks: readonly DocumentBlock[],
  stale: ReadonlySet<string>,
  /** Per text field, the indexes of the paragraphs changed since the last review. */
  changed?: ReadonlyMap<string, ReadonlySet<number>>,
): PreviewUnit[] {
  const units: PreviewUnit[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        units.push({ kind: 'title', text: block.text, lines: block.lines });
        break;
      case 'heading':
        units.push({ kind: 'heading', level: block.level, text: block.text });
        break;
      case 'table':
        units.push({ kind: 'table', block });
        break;
      case 'signature':
        units.push({ kind: 'signature', signatory: block.signatory, date: block.date });
        break;
      case 'text': {
        const last = units[units.length - 1];
        if (block.paragraphs.length === 0) {
          if (block.label && last?.kind === 'heading') {
            units[units.length - 1] = { ...last, note: `${block.label}尚未填写` };
          }
          break;
        }
        block.paragraphs.forEach((text, i) =>
          units.push({
            kind: 'paragraph',
            text,
            ...(i === 0 && stale.has(block.field) ? { stale: true } : {}),
            ...(changed?.get(block.field)?.has(i) ? { changed: true } : {}),
          }),
        );
        break;
      }
    }
  }
  return units;
}
