// 审查意见: what the county sends back to one office about its report of one year, as plain data
// for the Word document the workspace writes. It lists the report's own findings by section, with
// the cells by the names the grids give them, then what the desk found across reports.
import { getFormat } from '../../template/formats';
import type { Severity } from '../../template/rules/finding';
import { cellLabel, formatCells } from '../../template/table-cells';
import { describeSource } from './desk-entry';
import { PART_IDS, type PartId } from '../../template/section-ids';
import type { DeskFinding, OfficeRef, Passage } from './desk-finding';
import { describeSimilarity } from './check-similar-text';
import { placeName, sectionName } from './place-names';
import type { DeskReview } from './review-desk';

export interface OpinionItem {
  readonly ruleId: string;
  readonly severity: Severity;
  /** The cells, by their accessible names (row path / column path). */
  readonly cells: readonly string[];
  /** Where, in one line: the cells (a few) or the text box. */
  readonly where: string;
  readonly message: string;
}

export interface OpinionSection {
  readonly sectionId: PartId;
  /** `基本信息` or the section's official title. */
  readonly title: string;
  readonly items: readonly OpinionItem[];
}

export interface OpinionAcross {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Said from this office's side. */
  readonly message: string;
  /** For 内容雷同: this report's paragraph, then the other. */
  readonly passages?: readonly [Passage, Passage];
}

export interface ReviewOpinion {
  readonly office: OfficeRef;
  readonly year: number;
  /** The report reviewed; none when the office sent no report of the year. */
  readonly report?: {
    readonly entryId: string;
    readonly formatNotice: string;
    /** Where it came from: `Word 文件“阁山镇.docx”`. */
    readonly source: string;
  };
  /** `阁山镇人民政府2023年度政府信息公开工作年度报告审查意见`. */
  readonly title: string;
  readonly errors: number;
  readonly warnings: number;
  /** The report's own findings, section by section in the order of the report; only sections with some. */
  readonly sections: readonly OpinionSection[];
  readonly acrossReports: readonly OpinionAcross[];
  /** The closing sentence. */
  readonly conclusion: string;
}

/** Whether a finding across reports is about this office's report of the year, and from which side. */
function concerns(f: DeskFinding, officeId: string, year: number): 0 | 1 | null {
  if (f.similar) {
    const side = f.similar.passages.findIndex((p) => p.officeId === officeId && p.year === year);
    return side === 0 || side === 1 ? side : null;
  }
  const first = f.places[0];
  if (first) return first.officeId === officeId && first.year === year ? 0 : null;
  return f.offices[0]?.id === officeId && f.year === year ? 0 : null;
}

/** The 审查意见 of one office for one year (the office as reviewDesk names it). */
export function reviewOpinion(review: DeskReview, officeId: string, year: number): ReviewOpinion {
  const office = review.offices.find((o) => o.id === officeId) ?? { id: officeId, name: officeId };
  const nameOf = (id: string) => review.offices.find((o) => o.id === id)?.name ?? id;
  const kept = new Set(review.kept.map((e) => e.id));
  const mine = review.entries.find(
    (r) => r.office.id === officeId && r.entry.report.year === year && kept.has(r.entry.id),
  );
  const acrossReports = review.findings.flatMap((f): OpinionAcross[] => {
    const side = concerns(f, officeId, year);
    if (side === null) return [];
    if (!f.similar) return [{ ruleId: f.ruleId, severity: f.severity, message: f.message }];
    const [a, b] = f.similar.passages;
    return [
      {
        ruleId: f.ruleId,
        severity: f.severity,
        message: describeSimilarity(f.similar, side, nameOf),
        passages: side === 0 ? [a, b] : [b, a],
      },
    ];
  });
  const title = `${office.name}${year}年度政府信息公开工作年度报告审查意见`;
  if (!mine) {
    const errors = acrossReports.filter((a) => a.severity === 'error').length;
    return {
      office,
      year,
      title,
      errors,
      warnings: acrossReports.length - errors,
      sections: [],
      acrossReports,
      conclusion: `审查汇总中没有收到本机关${year}年度报告，请按要求报送。`,
    };
  }
  const { entry, check } = mine;
  const format = getFormat(entry.report.formatId);
  const specs = formatCells(format);
  // The desk's own 成文日期 finding (with the days late) stands in for the report's.
  const own = check.findings.filter((f) => f.ruleId !== 'W-deadline');
  const sections = PART_IDS.flatMap((sectionId): OpinionSection[] => {
    const items = own
      .filter((f) => f.sectionId === sectionId)
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        cells: f.cells.map((id) => {
          const spec = specs.get(id);
          return spec ? cellLabel(spec) : id;
        }),
        where: placeName(entry.report.formatId, {
          entryId: entry.id,
          officeId,
          year,
          cells: f.cells,
          ...(f.field === undefined ? {} : { field: f.field }),
        }),
        message: f.message,
      }));
    return items.length > 0
      ? [{ sectionId, title: sectionName(entry.report.formatId, sectionId), items }]
      : [];
  });
  const all = [...own, ...acrossReports];
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;
  return {
    office,
    year,
    report: { entryId: entry.id, formatNotice: format.notice, source: describeSource(entry) },
    title,
    errors,
    warnings,
    sections,
    acrossReports,
    conclusion:
      all.length === 0
        ? '经审查，未发现问题。'
        : `经审查，发现错误 ${errors} 处、需核对的提醒 ${warnings} 处。请逐项核对，修改后重新报送。`,
  };
}
