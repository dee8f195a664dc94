// The fault suite: each test injects one fault that used to lose a clerk's work or hide a report,
// and counts what was lost. Every count must be 0. The README's reliability section prints these
// figures (`lost`, `hidden`), annotated on each test as `faults: …`.
import fs from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { gb18030 } from '../src/report/ledger/fixtures/gb18030';
import { createReport } from './support/create-report';

test.describe.configure({ timeout: 120_000 });

const S3 = '三、收到和处理政府信息公开申请情况';
const T3_NEW = '一、本年新收政府信息公开申请数量';

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
}

/** Records the counts on the test (the README's table reads them) and requires them to be 0. */
function tally(info: TestInfo, counts: { readonly lost: number; readonly hidden: number }) {
  info.annotations.push({ type: 'faults', description: `lost=${counts.lost} hidden=${counts.hidden}` });
  expect(counts).toEqual({ lost: 0, hidden: 0 });
}

async function exportDraftText(page: Page, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  await (await download).saveAs(path);
  return fs.readFileSync(path, 'utf8');
}

test('a draft re-saved by Notepad as GBK is read as GB18030, every character intact', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇政府大院');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('utf8.json'));
  fs.writeFileSync(info.outputPath('gbk.json'), gb18030(text));

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./');
  await page2.getByLabel('导入草稿').setInputFiles(info.outputPath('gbk.json'));
  await expect(page2.getByRole('status').filter({ hasText: '已导入' })).toContainText('文件编码：GB18030');
  await page2
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  const address = await page2.getByLabel('联系地址').inputValue();
  tally(info, { lost: address === '樟树市阁山镇政府大院' ? 0 : 1, hidden: 0 });
  await other.close();
});

test('a draft holding replacement characters is refused and replaces nothing', async ({ page }, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('good.json'));
  // What a GBK file read as UTF-8 and saved again looks like: every Chinese character is U+FFFD.
  fs.writeFileSync(info.outputPath('broken.json'), text.replace(/[\u4e00-\u9fff]/gu, '\uFFFD'));
  // './#/': a bare './' would return to the report last open.
  await page.goto('./#/');
  await page.getByLabel('导入草稿').setInputFiles(info.outputPath('broken.json'));
  await expect(page.getByRole('alert')).toContainText('损坏的文字');
  await page
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  const address = await page.getByLabel('联系地址').inputValue();
  tally(info, { lost: address === '樟树市阁山镇' ? 0 : 1, hidden: 0 });
});

test('the first figure typed after importing a draft dated in the future survives a reload', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('draft.json'));
  const file = JSON.parse(text) as { report: { updatedAt: string } };
  file.report.updatedAt = '2099-01-01T00:00:00.000Z';
  fs.writeFileSync(info.outputPath('future.json'), JSON.stringify(file));

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./');
  await page2.getByLabel('导入草稿').setInputFiles(info.outputPath('future.json'));
  await page2
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  await page2.getByRole('link', { name: S3 }).click();
  await page2.getByLabel(`${T3_NEW} / 自然人`).fill('7');
  await page2.getByLabel(`${T3_NEW} / 自然人`).press('Tab');
  await page2.reload();
  const value = await page2.getByLabel(`${T3_NEW} / 自然人`).inputValue();
  tally(info, { lost: value === '7' ? 0 : 1, hidden: 0 });
  await other.close();
});

test('a malformed address shows the start screen with a message, and every report', async ({
  page,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await saved(page);
  await page.goto('./#/r/%E0%A4%A/meta');
  await expect(page.getByRole('alert')).toContainText('地址不完整或有误');
  const rows = await page.getByRole('row', { name: /阁山镇人民政府/ }).count();
  tally(info, { lost: 0, hidden: rows === 1 ? 0 : 1 });
});
