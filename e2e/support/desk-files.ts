// A county desk's mixed folder, built as real files: Word reports (docx library, as a township's
// clerk hand-fills them), a portal page, a published report copied as text, a draft file of this
// app, and a damaged file. Three townships over three years, with an R5 break between two years of
// one township and a paragraph another township copied.
import fs from 'node:fs';
import { serializeDraft } from '../../src/report/draft-file';
import { ownParagraph, townReport } from '../../src/report/desk/fixtures/desk-reports';
import { handFilledDocx } from '../../src/report/import/fixtures/hand-filled-docx';
import { portalPage } from '../../src/report/import/fixtures/portal-page';
import { zeroFigures } from '../../src/report/import/fixtures/printed-report';
import { FORMAT_2021 } from '../../src/template/format-2021';

export interface DeskFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** A paragraph of more than 60 characters that 溪南镇 copies from 阁山镇 in 2024. */
export const COPIED = `${ownParagraph(77)}。`;

function narratives(seed: number): Record<string, string> {
  const ids = [
    's1-intro',
    's1-active',
    's1-request',
    's1-management',
    's1-platform',
    's1-oversight',
    's5',
    's6',
  ];
  return Object.fromEntries(ids.map((id, i) => [id, `${ownParagraph(seed * 100 + i)}。`]));
}

function printed(agencyName: string, year: number, seed: number, cells: Record<string, string> = {}) {
  return {
    format: FORMAT_2021,
    agencyName,
    year,
    printed: { ...zeroFigures(FORMAT_2021), ...cells },
    narratives: narratives(seed),
    preamble: `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    signatory: agencyName,
    signDate: `${year + 1}年1月20日`,
  };
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function deskFiles(): Promise<DeskFile[]> {
  const geshan2024 = printed('阁山镇人民政府', 2024, 2);
  const docx = async (name: string, report: ReturnType<typeof printed>) => ({
    name,
    mimeType: DOCX,
    buffer: Buffer.from(await handFilledDocx(report)),
  });
  const xinan = townReport('溪南镇人民政府', 2024, {
    narratives: { ...narratives(5), 's1-active': COPIED },
  });
  return [
    // 2023 carries 2 requests into 2024; the 2024 report says none were carried: R5.
    await docx(
      '阁山镇2023年报.docx',
      printed('阁山镇人民政府', 2023, 1, { 't3:new:natural': '2', 't3:carry-forward:natural': '2' }),
    ),
    await docx('阁山镇2024年报.docx', {
      ...geshan2024,
      narratives: { ...geshan2024.narratives, 's1-active': COPIED },
    }),
    await docx('阁山镇2025年报.docx', printed('阁山镇人民政府', 2025, 3)),
    await docx(
      '店下镇2024年报.docx',
      printed('店下镇人民政府', 2024, 4, { 't3:new:legal': '3', 't3:open:legal': '3' }),
    ),
    {
      name: '店下镇2024年报（网站）.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        portalPage(printed('店下镇人民政府', 2024, 4, { 't3:new:legal': '3', 't3:open:legal': '3' })),
      ),
    },
    { name: '溪南镇2024.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(xinan)) },
    {
      name: '千湖镇2021.txt',
      mimeType: 'text/plain',
      buffer: fs.readFileSync(
        new URL('../../src/template/fixtures/examples/qianhu-2021.txt', import.meta.url),
      ),
    },
    { name: '损坏的报告.docx', mimeType: DOCX, buffer: Buffer.from('PK\u0003\u0004 this is not a zip') },
  ];
}

/** `count` Word reports of 40 townships over consecutive years (2022 on), for `npm run bench`. */
export async function deskBenchFiles(count = 120): Promise<DeskFile[]> {
  const names = [...'东西南北中上下'].flatMap((a) => [...'山河湖江岭溪'].map((b) => `${a}${b}镇人民政府`));
  const files: DeskFile[] = [];
  for (let i = 0; i < count; i++) {
    const office = names[i % 40] ?? '';
    const year = 2022 + Math.floor(i / 40);
    const report = {
      ...printed(office, year, 1000 + i, { 't3:new:natural': String(i % 5) }),
      styledRuns: true,
    };
    files.push({
      name: `${office}${year}年度报告.docx`,
      mimeType: DOCX,
      buffer: Buffer.from(await handFilledDocx(report)),
    });
  }
  return files;
}
