// The six section headings, as reports really print them: `1、 总体情况` (numbered wrongly by
// the word processor), auto-numbered (the number comes from w:numPr), the older outline's
// wording (`二、行政机关主动公开政府信息情况`), a typo (`行政法复议`), trailing spaces, a heading
// running into its first sentence (`六、…事项：无。`).
import { SECTION_TITLES } from '../../template/common-parts';
import { splitNumbering } from '../../template/reading/label-key';
import { SECTION_TITLE_VARIANTS } from '../../template/reading/reading-vocabulary';
import { SECTION_IDS, type SectionId } from '../../template/section-ids';
import { labelMatcher, matchBody } from './match-label';

const matchTitle = labelMatcher(
  SECTION_IDS.flatMap((id) => [
    { label: SECTION_TITLES[id], value: id },
    ...SECTION_TITLE_VARIANTS[id].map((label) => ({ label, value: id })),
  ]),
);

/** Bodies of the titles, to find one at the start of a longer numbered heading. */
const BODIES = SECTION_IDS.flatMap((id) =>
  [SECTION_TITLES[id], ...SECTION_TITLE_VARIANTS[id]].map((label) => ({ id, body: matchBody(label) })),
);

interface SectionHeading {
  readonly sectionId: SectionId;
  /** The heading as printed. */
  readonly heading: string;
  /** Text after the heading in the same paragraph. */
  readonly rest: string;
}

const MAX_HEADING = 50;

/** The section a paragraph is the heading of, if it is one. */
export function sectionHeading(text: string): SectionHeading | undefined {
  const trimmed = text.trim();
  const numbering = splitNumbering(trimmed);
  if (trimmed.length <= MAX_HEADING) {
    const m = matchTitle(numbering.rest);
    const id = m?.values[0];
    if (id && (numbering.printed !== '' || m.distance === 0))
      return { sectionId: id, heading: trimmed, rest: '' };
  }
  // A numbered heading followed by its text: the title up to the first stop or colon.
  if (numbering.printed === '') return undefined;
  const stop = /[：:。]/.exec(numbering.rest);
  if (!stop) return undefined;
  const head = numbering.rest.slice(0, stop.index);
  const body = matchBody(head);
  const found =
    BODIES.find((b) => b.body === body) ??
    (matchTitle(head) ? { id: matchTitle(head)?.values[0] } : undefined);
  if (!found?.id) return undefined;
  return {
    sectionId: found.id,
    heading: `${numbering.printed.trim()}${head}`,
    rest: numbering.rest.slice(stop.index + 1).trim(),
  };
}
