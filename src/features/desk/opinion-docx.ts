// The 审查意见 as a Word file to send back to the office: the data of reviewOpinion() laid out as a
// plain official letter (title in 小标宋, body in 仿宋 三号, as GB/T 9704 sets a document). A plain
// function from data to a docx Document, as the report's own Word export is; loaded lazily, with
// the docx library, only when an opinion is downloaded.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { ReviewOpinion } from '../../report/desk/review-opinion';
import { ruleName } from '../../template/rules/rule-names';

const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const HEADING_FONT = '黑体';
/** 二号 (22 pt) title and 三号 (16 pt) body, in half-points. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
/** Fixed 28 pt lines and a two-character first-line indent, in twips. */
const LINE = 560;
const INDENT = 640;

const run = (text: string, font = BODY_FONT, bold = false) =>
  new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size: BODY_SIZE, bold });

const body = (children: TextRun[]) =>
  new Paragraph({ children, spacing: { line: LINE, lineRule: 'exact' }, indent: { firstLine: INDENT } });

const heading = (text: string) =>
  new Paragraph({
    children: [run(text, HEADING_FONT)],
    spacing: { line: LINE, lineRule: 'exact' },
    indent: { firstLine: INDENT },
  });

const CHINESE_NUMERALS = '一二三四五六七八九十';
const numeral = (i: number) => CHINESE_NUMERALS[i] ?? String(i + 1);

export function buildOpinionDocument(opinion: ReviewOpinion, reviewedOn: string): Document {
  const paragraphs: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 320 },
      children: [
        new TextRun({
          text: opinion.title,
          font: { ascii: TITLE_FONT, eastAsia: TITLE_FONT, hAnsi: TITLE_FONT },
          size: TITLE_SIZE,
        }),
      ],
    }),
    new Paragraph({
      children: [run(`${opinion.office.name}：`)],
      spacing: { line: LINE, lineRule: 'exact' },
    }),
    body([
      run(
        opinion.report
          ? `经审查你单位${opinion.year}年度政府信息公开工作年度报告（${opinion.report.source}，${opinion.report.formatNotice}格式），意见如下。`
          : `经审查，未收到你单位${opinion.year}年度政府信息公开工作年度报告，意见如下。`,
      ),
    ]),
  ];
  let part = 0;
  for (const section of opinion.sections) {
    paragraphs.push(heading(`${numeral(part++)}、${section.title}`));
    section.items.forEach((item, i) => {
      paragraphs.push(
        body([
          run(`${i + 1}. `),
          run(`【${item.severity === 'error' ? '错误' : '提醒'}·${ruleName(item.ruleId)}】`, BODY_FONT, true),
          run(item.where ? `${item.where}：${item.message}` : item.message),
        ]),
      );
    });
  }
  if (opinion.acrossReports.length > 0) {
    paragraphs.push(heading(`${numeral(part)}、与其他报告比对发现的问题`));
    opinion.acrossReports.forEach((item, i) => {
      paragraphs.push(
        body([run(`${i + 1}. `), run(`【${ruleName(item.ruleId)}】`, BODY_FONT, true), run(item.message)]),
      );
      if (item.passages) {
        paragraphs.push(body([run(`本报告原文：${item.passages[0].text}`)]));
        paragraphs.push(body([run(`比对原文：${item.passages[1].text}`)]));
      }
    });
  }
  paragraphs.push(body([run(opinion.conclusion)]));
  paragraphs.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480, line: LINE, lineRule: 'exact' },
      children: [run(reviewedOn)],
    }),
  );
  return new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
          },
        },
        children: paragraphs,
      },
    ],
  });
}

export function packOpinion(opinion: ReviewOpinion, reviewedOn: string): Promise<Blob> {
  return Packer.toBlob(buildOpinionDocument(opinion, reviewedOn));
}
