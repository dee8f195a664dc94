// 导出 Word: a clerk fills a few figures, exports, is shown the errors first, exports
// anyway, and the downloaded .docx carries the figures in the official table, read back cell by
// cell the way the unit tests do.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { readDocx, readDocxParagraphs, readDocxTables } from '../src/test-support/read-docx-tables';
import { createReport } from './support/create-report';
import { cellName, rowLabel, sectionTitle } from './support/official-labels';

const NAME = '阁山镇人民政府';
const YEAR = '2021';
const S3 = sectionTitle('s3');

test('导出 Word lists the errors first, then exports the figures into the official table', async ({
  page,
}) => {
  await createReport(page, NAME, YEAR);

  await page.getByRole('link', { name: S3 }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await page.getByLabel(cellName('t3:new:business')).fill('1');
  await page.getByLabel(cellName('t3:open:natural')).fill('2');
  await expect(page.getByLabel(cellName('t3:new:total'))).toHaveValue('4');

  // The report is far from complete: the export asks first, and 返回修改 exports nothing.
  const exportButton = page.getByRole('button', { name: '导出 Word' });
  await exportButton.click();
  const findings = page.getByRole('dialog', { name: /报告中有 \d+ 处错误/ });
  await expect(findings).toBeVisible();
  await expect(findings.getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('findings-dialog.png') });
  await findings.getByRole('button', { name: '返回修改' }).click();
  await expect(findings).toBeHidden();
  await expect(page.getByLabel(cellName('t3:new:natural'))).toHaveValue('3');

  await exportButton.click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /报告中有 \d+ 处错误/ })
    .getByRole('button', { name: '仍然导出' })
    .click();
  const download = await downloading;
  // Not approved yet: the file says it is the version sent for review.
  expect(download.suggestedFilename()).toBe(`${NAME}${YEAR}年政府信息公开工作年度报告（送审稿）.docx`);
  const file = await download.path();
  const docx = await readDocx(fs.readFileSync(file));

  const texts = readDocxParagraphs(docx.document).map((p) => p.text);
  expect(texts[0]).toBe(`${NAME}${YEAR}年政府信息公开工作年度报告`);
  expect(texts).toContain(S3);

  // Section 二's table, then 三's, then 四's.
  const tables = readDocxTables(docx.document);
  expect(tables).toHaveLength(3);
  const t3 = tables[1];
  if (!t3) throw new Error('table 三 missing');
  const row = (label: string) => {
    const found = t3.grid.find((line) => line.some((c) => c.text === label));
    if (!found) throw new Error(`row ${label} missing`);
    return found.map((c) => c.text);
  };
  // Three label columns, then 自然人, the five 法人或其他组织 columns and 总计.
  expect(row(rowLabel('new')).slice(3)).toEqual(['3', '1', '', '', '', '', '4']);
  expect(row(rowLabel('open')).slice(3)).toEqual(['2', '', '', '', '', '', '2']);
  // The header merges as printed: 申请人情况 over all seven figures.
  expect(t3.grid[0]?.slice(3).every((c) => c.text === '申请人情况')).toBe(true);
  expect(t3.headerRows).toBe(3);
});
