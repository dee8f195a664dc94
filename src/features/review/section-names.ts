import type { Report } from '../../report/report-schema';
import type { CommentSectionId } from '../../report/review';
import { getFormat } from '../../template/formats';

/** The parts a comment can be attached to: 基本信息, then the six sections by their titles. */
export function sectionChoices(
  report: Pick<Report, 'formatId'>,
): readonly { id: CommentSectionId; name: string }[] {
  return [
    { id: 'meta', name: '基本信息' },
    ...getFormat(report.formatId).sections.map((s) => ({ id: s.id, name: s.title })),
  ];
}

export function sectionName(report: Pick<Report, 'formatId'>, id: CommentSectionId): string {
  return sectionChoices(report).find((c) => c.id === id)?.name ?? id;
}
