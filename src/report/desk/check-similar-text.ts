import { FORMATS } from '../../template/formats';
import type { DeskFinding, OfficeRef, Passage } from './desk-finding';
import type { SimilarPair } from './find-similar-paragraphs';

/** A text box's name as the editor shows it (the same in both formats): `（一）主动公开`. */
function boxName(field: string): string {
  for (const format of Object.values(FORMATS)) {
    for (const s of format.sections) {
      const n = s.narratives.find((x) => x.id === field);
      if (n) return n.label;
    }
  }
  return field;
}

const where = (p: Passage) => `“${boxName(p.field)}”第${p.paragraph}段`;

/** How alike, in words: the same text, the same but for figures and names, or a percentage. */
function howAlike(pair: SimilarPair): string {
  if (pair.passages[0].text === pair.passages[1].text) return '完全相同';
  if (pair.identical) return '除数字和机关名称外相同';
  return `基本相同（相似度 ${Math.round(pair.score * 100)}%）`;
}

/** The pair said from one side: `“（一）主动公开”第2段与潘庄镇人民政府2021年度报告“…”第1段完全相同`. */
export function describeSimilarity(
  pair: SimilarPair,
  side: 0 | 1,
  nameOf: (officeId: string) => string,
): string {
  const mine = pair.passages[side];
  const other = pair.passages[side === 0 ? 1 : 0];
  const whose =
    mine.officeId === other.officeId
      ? `本机关${other.year}年度报告`
      : `${nameOf(other.officeId)}${other.year}年度报告`;
  return `${where(mine)}与${whose}${where(other)}${howAlike(pair)}`;
}

/** 内容雷同 as findings (D-similar), each with both paragraphs for a side-by-side view. */
export function checkSimilarText(
  pairs: readonly SimilarPair[],
  offices: readonly OfficeRef[],
): DeskFinding[] {
  const office = (id: string): OfficeRef => offices.find((o) => o.id === id) ?? { id, name: id };
  return pairs.map((pair) => {
    const [a, b] = pair.passages;
    return {
      key: `D-similar:${a.entryId}:${a.field}:${a.paragraph}:${b.entryId}:${b.field}:${b.paragraph}`,
      ruleId: 'D-similar',
      severity: 'warning',
      offices: a.officeId === b.officeId ? [office(a.officeId)] : [office(a.officeId), office(b.officeId)],
      places: pair.passages.map((p) => ({
        entryId: p.entryId,
        officeId: p.officeId,
        year: p.year,
        sectionId: p.sectionId,
        cells: [],
        field: p.field,
      })),
      message: describeSimilarity(pair, 0, (id) => office(id).name),
      similar: pair,
    };
  });
}
