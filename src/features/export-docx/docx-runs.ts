// The pieces every paragraph of the Word file is made of: the document's style ids, exact line
// spacing, typed text as runs (line breaks and tabs as Word writes them) and keep-with-next.
import { LineRuleType, Tab, TextRun } from 'docx';

/** Style ids of the document's own paragraph styles. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  body: 'ReportBody',
  table: 'ReportTable',
  signature: 'ReportSignature',
  footer: 'ReportFooter',
} as const;

export const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT });

/**
 * Runs of typed text: a line break becomes w:br and a tab w:tab, as Word writes them. A raw `\n`
 * or `\t` inside w:t is shown by Word as a space, or not at all, and by WPS as a box.
 */
export function textRuns(text: string, size?: number): TextRun[] {
  return text.split(/\r\n|\r|\n/).map(
    (line, i) =>
      new TextRun({
        ...(size ? { size } : {}),
        ...(i > 0 ? { break: 1 } : {}),
        children: line
          .split('\t')
          .flatMap((part, k) => [...(k > 0 ? [new Tab()] : []), ...(part ? [part] : [])]),
      }),
  );
}

/**
 * Paragraph options that keep a paragraph on the page of the next one: whole (keepLines) when it
 * is one of a few short lines that belong together, or only its last lines otherwise.
 */
export const KEEP_WITH_NEXT = { keepNext: true } as const;
