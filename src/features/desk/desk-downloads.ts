// The desk's files out: the Excel workbook of the review and one office's 审查意见. Each loads its
// writer (write-excel-file, docx) only when asked.
import { allFindings } from '../../report/desk/desk-findings';
import { findingsSheet } from '../../report/desk/findings-sheet';
import { reportsSheet } from '../../report/desk/reports-sheet';
import { reviewOpinion } from '../../report/desk/review-opinion';
import type { DeskReview } from '../../report/desk/review-desk';
import { rollUpSheets } from '../../report/desk/roll-up-sheets';
import { rollUp } from '../../report/desk/roll-up';
import { safeFileName } from '../../report/safe-file-name';
import type { FormatId } from '../../template/spec-types';
import { downloadBlob } from '../../ui/download-blob';

export interface RollUpChoice {
  readonly year: number;
  readonly formatId: FormatId | undefined;
}

/** `导出 Excel`: the reports, every finding, and the roll-up of the year and format chosen in 汇总. */
export async function downloadWorkbook(review: DeskReview, choice: RollUpChoice): Promise<string> {
  const { writeDeskWorkbook } = await import('../../report/desk/write-desk-workbook');
  const sheets = [reportsSheet(review), findingsSheet(review, allFindings(review))];
  if (choice.formatId) {
    const { kept, officeOf, offices } = review;
    sheets.push(
      ...rollUpSheets(rollUp({ kept, officeOf, offices, year: choice.year, formatId: choice.formatId })),
    );
  }
  const name = `审查汇总${choice.formatId ? `（${choice.year}年度）` : ''}.xlsx`;
  downloadBlob(await writeDeskWorkbook(sheets), name);
  return name;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** One office's 审查意见 for one year, as a Word file. */
export async function downloadOpinion(review: DeskReview, officeId: string, year: number): Promise<string> {
  const opinion = reviewOpinion(review, officeId, year);
  const { packOpinion } = await import('./opinion-docx');
  const name = safeFileName(`${opinion.title}.docx`);
  downloadBlob(await packOpinion(opinion, today()), name);
  return name;
}
