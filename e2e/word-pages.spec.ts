// The Word file paginates like the preview: each sample report is opened from a draft file, its
// preview's pages counted, then 导出 Word; LibreOffice converts the downloaded .docx files to PDF
// and each PDF must have as many pages as its preview. Both lay the text out in the same Noto CJK
// glyphs (the preview's font fallback, LibreOffice's font aliases). The preview's pages and the
// PDF's are saved as PNG in the test's output folder for a person to compare.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeDraft } from '../src/report/draft-file';
import type { Report } from '../src/report/report-schema';
import { convertToPdf, hasCommand, pdfPageCount, renderPdfPages } from '../src/test-support/libreoffice';
import { sampleReport } from '../src/test-support/sample-reports';

// One LibreOffice start for all the files: it is most of the test's time.
test.describe.configure({ timeout: 240_000 });

const LONG_PARAGRAPH =
  '围绕全镇中心工作，坚持以公开为常态、不公开为例外，扎实推进决策、执行、管理、服务、结果公开，' +
  '及时回应群众关切，全年未发生因信息公开不及时引发的舆情事件。';

/** The sample with longer narratives: the tables of sections 二 to 四 meet other page breaks. */
function longerSample(): Report {
  const base = sampleReport('format-2021');
  const more = (id: string, times: number) =>
    [base.narratives[id] ?? '', ...Array.from({ length: times }, () => LONG_PARAGRAPH)].join('\n');
  return {
    ...base,
    meta: { ...base.meta, agencyName: '溪南镇人民政府' },
    narratives: { ...base.narratives, 's1-intro': more('s1-intro', 2), 's1-active': more('s1-active', 3) },
  };
}

const REPORTS: readonly { readonly name: string; readonly report: Report }[] = [
  { name: 'sample-2021', report: sampleReport('format-2021') },
  { name: 'sample-2019', report: sampleReport('format-2019') },
  { name: 'longer-2021', report: longerSample() },
];

async function openFromDraft(page: Page, report: Report, file: string): Promise<void> {
  fs.writeFileSync(file, serializeDraft(report));
  if (page.url().includes('#/r/')) await page.getByRole('link', { name: '← 我的报告' }).click();
  else await page.goto('./');
  await page.getByLabel('导入草稿').setInputFiles(file);
  const row = page.getByRole('row', { name: new RegExp(`${report.meta.agencyName}.*${report.year}`) });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: '打开' }).click();
  await expect(page).toHaveURL(/#\/r\//);
}

/** The preview's page count once the fonts have loaded and the pages are measured again. */
async function previewPages(page: Page, shot: (n: number) => string): Promise<number> {
  await page.getByRole('link', { name: '预览', exact: true }).click();
  const sheet = page.getByRole('article', { name: '报告预览' });
  await expect(sheet.getByRole('group', { name: '第 1 页' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const pages = sheet.getByRole('group', { name: /^第 \d+ 页$/ });
  // Measured twice (before and after the fonts): wait until the count holds still.
  let last = -1;
  await expect
    .poll(async () => {
      const n = await pages.count();
      const stable = n === last;
      last = n;
      return stable;
    })
    .toBe(true);
  for (let n = 1; n <= last; n++) {
    await sheet.getByRole('group', { name: `第 ${n} 页` }).screenshot({ path: shot(n) });
  }
  return last;
}

test.skip(!hasCommand('soffice') || !hasCommand('pdfinfo'), 'LibreOffice and poppler-utils are needed');

test('each sample report’s .docx has as many pages as its preview', async ({ page }, info) => {
  const expected = new Map<string, number>();
  const files: string[] = [];
  for (const { name, report } of REPORTS) {
    await openFromDraft(page, report, info.outputPath(`${name}.json`));
    const count = await previewPages(page, (n) => info.outputPath(`${name}-preview-${n}.png`));
    expect(count, name).toBeGreaterThan(1);
    expected.set(name, count);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Word' }).click();
    // The samples are not approved: the export asks first.
    await page.getByRole('dialog').getByRole('button', { name: '仍然导出' }).click();
    const docx = info.outputPath(`${name}.docx`);
    await (await downloading).saveAs(docx);
    files.push(docx);
  }

  const pdfs = convertToPdf(files, path.dirname(files[0] ?? info.outputPath('x')));
  const counts = new Map<string, number>();
  for (const pdf of pdfs) {
    if (hasCommand('pdftoppm')) renderPdfPages(pdf);
    counts.set(path.basename(pdf, '.pdf'), pdfPageCount(pdf));
  }
  console.log(
    [...expected]
      .map(([name, n]) => `${name}: preview ${n}, .docx ${counts.get(name) ?? '?'} pages`)
      .join('\n'),
  );
  expect(counts).toEqual(expected);
});
