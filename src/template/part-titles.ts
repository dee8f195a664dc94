import type { PartId } from './section-ids';
import type { FormatSpec } from './spec-types';

/** What the editor calls the part that is not a section: the metadata and the preamble. */
const META_TITLE = '基本信息';

/** Each part of a report with the title people know it by: 基本信息, then the official headings. */
export function partTitles(format: FormatSpec): readonly { readonly id: PartId; readonly title: string }[] {
  return [{ id: 'meta', title: META_TITLE }, ...format.sections.map((s) => ({ id: s.id, title: s.title }))];
}

/** The title of one part (`''` for a section the format does not have). */
export function partTitle(format: FormatSpec, id: PartId): string {
  return partTitles(format).find((p) => p.id === id)?.title ?? '';
}
