import type { PartId } from '../section-ids';
import type { FormatSpec } from '../spec-types';

export interface NarrativePlace {
  readonly field: string;
  readonly sectionId: PartId;
  /** The box as the editor labels it, e.g. （二）依申请公开, to name it in a message. */
  readonly label: string;
  readonly text: string;
}

/** Each narrative box of the format in report order, with the report's text in it. */
export function narrativePlaces(
  format: FormatSpec,
  narratives: Readonly<Record<string, string | undefined>>,
): NarrativePlace[] {
  return format.sections.flatMap((s) =>
    s.narratives.map((n) => ({ field: n.id, sectionId: s.id, label: n.label, text: narratives[n.id] ?? '' })),
  );
}
