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

/** Ten townships of a county, as they sign their reports. */
export const COUNTY = [
  '阁山镇人民政府',
  '潘庄镇人民政府',
  '千户镇人民政府',
  '黄岗乡人民政府',
  '临江镇人民政府',
  '新市镇人民政府',
  '东城街道办事处',
  '西城街道办事处',
  '大桥镇人民政府',
  '石门乡人民政府',
];
export const COUNTY_YEARS = [2023, 2024, 2025];

type CountyKind = 'docx' | 'html' | 'txt' | 'json';

export interface CountyFile {
  readonly office: string;
  readonly year: number;
  readonly kind: CountyKind;
  /** The path inside the folder: one subfolder per year, as an office files them. */
  readonly path: string;
  /** The content; for `txt`, the portal page whose copied text the file holds. */
  readonly content: Buffer | string;
}

/** The paragraph 新市镇 copies from 千户镇 in 2025, and the one 东城街道 repeats from its 2023 report. */
export const COUNTY_COPIED = `${ownParagraph(5050)}。`;
export const COUNTY_REPEATED = `${ownParagraph(6060)}。`;

/**
 * Thirty reports of ten townships over 2023–2025, each as a Word file, a portal page, a text copied
 * from the page or a draft file of this app, in turns. Each township t counts t+1 requests of
 * natural persons a year, all answered; 阁山镇 2023 carries 2 requests of legal persons into 2024,
 * whose report carries none (R5); 新市镇 2025 copies a paragraph of 千户镇 2025, and 东城街道 2024
 * repeats a paragraph of its own 2023 report (内容雷同).
 */
export async function countyFolder(): Promise<CountyFile[]> {
  const files: CountyFile[] = [];
  for (const [t, office] of COUNTY.entries()) {
    for (const year of COUNTY_YEARS) {
      const cells: Record<string, string> = {
        't3:new:natural': String(t + 1),
        't3:open:natural': String(t + 1),
      };
      if (t === 0 && year === 2023) {
        cells['t3:new:legal'] = '2';
        cells['t3:carry-forward:legal'] = '2';
      }
      const own = narratives(3000 + t * 10 + year);
      if (t === 5 && year === 2025) own['s1-active'] = COUNTY_COPIED;
      if (t === 2 && year === 2025) own['s1-active'] = COUNTY_COPIED;
      if (t === 6 && year !== 2025) own.s5 = COUNTY_REPEATED;
      const report = { ...printed(office, year, 0, cells), narratives: own };
      const kinds: readonly CountyKind[] = ['docx', 'html', 'txt', 'json'];
      const kind = kinds[(t + year) % 4] ?? 'docx';
      const short = office.replace(/(人民政府|办事处)$/, '');
      const base = `${year}/${short}${year}年度政府信息公开工作年度报告`;
      if (kind === 'docx') {
        files.push({
          office,
          year,
          kind,
          path: `${base}.docx`,
          content: Buffer.from(await handFilledDocx(report)),
        });
      } else if (kind === 'html' || kind === 'txt') {
        files.push({
          office,
          year,
          kind,
          path: `${base}.${kind === 'html' ? 'html' : 'txt'}`,
          content: portalPage(report),
        });
      } else {
        const draft = townReport(office, year, { cells, narratives: own });
        files.push({ office, year, kind, path: `${base}.json`, content: Buffer.from(serializeDraft(draft)) });
      }
    }
  }
  return files;
}
