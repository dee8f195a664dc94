import { inputCellIds, narrativeIds } from '../../template/content-schema';
import { getFormat } from '../../template/formats';
import {
  SOURCE_KIND_NAMES,
  describeSource,
  unreadableCells,
  type DeskEntry,
  type SourceKind,
} from './desk-entry';
import type { DeskFinding, OfficeRef } from './desk-finding';
import { officeOfEntry } from './desk-offices';

/** The same office and year brought in more than once (重复): counted once, as `keptId`. */
export interface DuplicateGroup {
  readonly officeId: string;
  readonly year: number;
  readonly keptId: string;
  /** Why that copy is the one counted, in plain Chinese. */
  readonly reason: string;
  readonly others: readonly {
    readonly entryId: string;
    /** Input cells whose figures differ from the kept copy's (ids of the kept copy's format). */
    readonly differingCells: readonly string[];
    /** Text boxes whose text differs, once spaces are set aside. */
    readonly differingTexts: readonly string[];
  }[];
}

export interface Duplicates {
  /** One entry per office and year, in the order the entries were given. */
  readonly kept: readonly DeskEntry[];
  readonly groups: readonly DuplicateGroup[];
  /** One finding (D-duplicate) per copy not counted. */
  readonly findings: readonly DeskFinding[];
}

/**
 * A draft file or a report of this browser is the report's own data; a file that was read may have
 * lost something. Among read files, a Word file's tables keep their grid, a web page's usually do,
 * and copied text has lost its merges.
 */
const SOURCE_RANK: Readonly<Record<SourceKind, number>> = { browser: 0, draft: 0, docx: 1, html: 2, text: 3 };

function blankCells(entry: DeskEntry): number {
  const cells: Readonly<Record<string, string | undefined>> = entry.report.cells;
  return inputCellIds(getFormat(entry.report.formatId)).filter((id) => (cells[id] ?? '').trim() === '')
    .length;
}

interface Ranked {
  readonly entry: DeskEntry;
  readonly index: number;
  readonly unreadable: number;
  readonly blanks: number;
}

/**
 * Which copy of two is counted, and why: the one with fewer unreadable cells (its figures are the
 * ones the office printed); then a draft or a report of this browser over a file that was read (no
 * reading involved), the more recently saved of two drafts; then the one with fewer blank cells;
 * then Word over web page over text; then the one brought in first.
 */
function compare(a: Ranked, b: Ranked): { order: number; reason: string } {
  if (a.unreadable !== b.unreadable)
    return { order: a.unreadable - b.unreadable, reason: '无法识别的单元格较少' };
  const ra = SOURCE_RANK[a.entry.source.kind];
  const rb = SOURCE_RANK[b.entry.source.kind];
  if ((ra === 0) !== (rb === 0)) return { order: ra - rb, reason: '草稿数据是报告本身，不经识别' };
  if (ra === 0 && rb === 0 && a.entry.report.updatedAt !== b.entry.report.updatedAt) {
    return {
      order: b.entry.report.updatedAt.localeCompare(a.entry.report.updatedAt),
      reason: '保存时间较新',
    };
  }
  if (a.blanks !== b.blanks) return { order: a.blanks - b.blanks, reason: '未填的单元格较少' };
  if (ra !== rb)
    return { order: ra - rb, reason: `${SOURCE_KIND_NAMES[a.entry.source.kind]}的表格结构保留得更完整` };
  return { order: a.index - b.index, reason: '先添加' };
}

const squeeze = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');

function differences(kept: DeskEntry, other: DeskEntry) {
  if (kept.report.formatId !== other.report.formatId) {
    return { differingCells: inputCellIds(getFormat(kept.report.formatId)), differingTexts: [] };
  }
  const format = getFormat(kept.report.formatId);
  const a: Readonly<Record<string, string | undefined>> = kept.report.cells;
  const b: Readonly<Record<string, string | undefined>> = other.report.cells;
  const an: Readonly<Record<string, string | undefined>> = kept.report.narratives;
  const bn: Readonly<Record<string, string | undefined>> = other.report.narratives;
  return {
    differingCells: inputCellIds(format).filter((id) => (a[id] ?? '').trim() !== (b[id] ?? '').trim()),
    differingTexts: narrativeIds(format).filter((id) => squeeze(an[id]) !== squeeze(bn[id])),
  };
}

/**
 * 重复: reports of the same office and year brought in more than once (say as a Word file and as the
 * web page it was published on) are counted once. The finding on each copy not counted says which
 * copy is counted and why, and whether the copies' figures agree: a published page that differs from
 * the Word file is worth knowing.
 */
export function findDuplicates(
  entries: readonly DeskEntry[],
  officeOf: ReadonlyMap<string, string>,
  offices: readonly OfficeRef[],
): Duplicates {
  const byKey = new Map<string, Ranked[]>();
  entries.forEach((entry, index) => {
    const key = `${officeOf.get(entry.id) ?? ''}|${entry.report.year}`;
    const ranked = { entry, index, unreadable: unreadableCells(entry).length, blanks: blankCells(entry) };
    byKey.set(key, [...(byKey.get(key) ?? []), ranked]);
  });
  const keptIds = new Set<string>();
  const groups: DuplicateGroup[] = [];
  const findings: DeskFinding[] = [];
  for (const copies of byKey.values()) {
    const [best, ...rest] = [...copies].sort((a, b) => compare(a, b).order);
    if (!best) continue;
    keptIds.add(best.entry.id);
    if (rest.length === 0) continue;
    const office = officeOfEntry(best.entry, officeOf, offices);
    const officeId = office.id;
    const year = best.entry.report.year;
    const reason = compare(best, rest[0] ?? best).reason;
    const others = rest.map((r) => ({ entryId: r.entry.id, ...differences(best.entry, r.entry) }));
    groups.push({ officeId, year, keptId: best.entry.id, reason, others });
    others.forEach((o, i) => {
      const copy = rest[i]?.entry;
      if (!copy) return;
      const agree =
        o.differingCells.length === 0
          ? '两份的表格数字一致'
          : `两份有 ${o.differingCells.length} 个单元格的数字不同，请核对哪一份是正式公布的`;
      findings.push({
        key: `D-duplicate:${copy.id}`,
        ruleId: 'D-duplicate',
        severity: 'warning',
        offices: [office],
        places: [
          { entryId: copy.id, officeId, year, cells: o.differingCells },
          { entryId: best.entry.id, officeId, year, cells: o.differingCells },
        ],
        message: `${describeSource(copy)}与${describeSource(best.entry)}是同一机关${year}年度的报告，按重复计一次，采用后者（${compare(best, rest[i] ?? best).reason}）；${agree}`,
      });
    });
  }
  return { kept: entries.filter((e) => keptIds.has(e.id)), groups, findings };
}
