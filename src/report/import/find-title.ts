// The report's title among the first paragraphs (a portal page may put its own header above it),
// read whole or broken over two paragraphs: it gives 机关名称 and 年度.
import { readTitle } from './read-title';
import { sectionHeading } from './section-heading';
import type { SourceDocument } from './source-document';

/** How many of the first paragraphs may stand before the title (a portal's page header). */
const TITLE_SEARCH = 12;

export function findTitle(
  document: SourceDocument,
): { index: number; span: number; text: string; agencyName: string; year: number } | undefined {
  const { blocks } = document;
  for (let i = 0; i < Math.min(blocks.length, TITLE_SEARCH); i++) {
    const block = blocks[i];
    if (block?.kind !== 'paragraph') return undefined;
    if (sectionHeading(block.text)) return undefined;
    const alone = readTitle(block.text);
    if (alone) return { index: i, span: 1, text: block.text.replace(/\n/g, ''), ...alone };
    const next = blocks[i + 1];
    // A title broken over two paragraphs; a title standing alone in the next one is taken there.
    if (next?.kind === 'paragraph' && !readTitle(next.text)) {
      const joined = `${block.text}${next.text}`;
      const both = readTitle(joined);
      if (both) return { index: i, span: 2, text: joined.replace(/\n/g, ''), ...both };
    }
  }
  return undefined;
}
