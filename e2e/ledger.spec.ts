// 申请台账 (the request ledger): a clerk downloads the template, fills it in Excel (here: the same
// library the app writes it with), imports it, and table 三 is counted from it, read back by the
// cells' accessible names. A file with one unreadable row changes nothing. 不使用台账 and 使用台账
// lose nothing either way, and the Word file carries the table, never the ledger.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { createReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

const NAME = '阁山镇人民政府';
const YEAR = '2023';
const S3 = sectionTitle('s3');
/** A 申请内容 that must never reach the Word file. */
const CONTENT = '请求公开某村道路硬化工程预算（台账专用文字）';

/** A real Excel date, as the template's date columns hold. */
const day = (y: number, m: number, d: number): Cell => ({
  value: new Date(Date.UTC(y, m - 1, d)),
  type: Date,
  format: 'yyyy-mm-dd',
});

async function xlsx(data: SheetData): Promise<Buffer> {
  const blob = await writeExcelFile([{ sheet: '申请台账', data }]).toBlob();
  return Buffer.from(await blob.arrayBuffer());
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('导入台账').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

test('a ledger filled in Excel is imported and table 三 is counted from it; 不使用台账 loses nothing', async ({
  page,
}) => {
  // Three imports, two table steps and a Word export, on a machine shared with other tests.
  test.setTimeout(120_000);
  await createReport(page, NAME, YEAR);
  await page.getByRole('link', { name: '申请台账' }).click();
  await expect(page.getByText('不会写入导出的 Word 文件')).toBeVisible();

  // The template: its first sheet's header row is exactly the five columns.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载台账模板' }).click();
  const template = fs.readFileSync(await (await downloading).path());
  const sheets = await readXlsxFile(new Uint8Array(template).buffer as ArrayBuffer);
  const header = sheets[0]?.data[0];
  expect(header).toEqual(['收到日期', '申请人类型', '申请内容', '办理结果', '办结日期']);
  if (!header) throw new Error('no header row');

  // Filled as clerks do: real dates and dates typed as text, the leaf of an outcome alone, a
  // column of their own (not read), a request received last year and one still open.
  const rows: SheetData = [
    [...header.map((h) => String(h)), '备注'],
    [day(2023, 1, 5), '自然人', CONTENT, '（一）予以公开', day(2023, 1, 20), '电话咨询后申请'],
    ['2023/3/2', '商业企业', '', '1.属于国家秘密', '2023年3月10日', null],
    [day(2022, 12, 20), '自然人', '', '（一）予以公开', day(2023, 1, 10), null],
    [day(2023, 12, 25), '自然人', '', null, null, null],
  ];
  await importFile(page, '2023年台账.xlsx', await xlsx(rows));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toContainText('共 4 条申请');

  await page.getByRole('link', { name: S3 }).click();
  await expect(page.getByLabel(cellName('t3:new:natural'))).toHaveValue('2');
  await expect(page.getByLabel(cellName('t3:new:business'))).toHaveValue('1');
  await expect(page.getByLabel(cellName('t3:carried:natural'))).toHaveValue('1');
  await expect(page.getByLabel(cellName('t3:open:natural'))).toHaveValue('2');
  await expect(page.getByLabel(cellName('t3:withheld-1:business'))).toHaveValue('1');
  await expect(page.getByLabel(cellName('t3:carry-forward:natural'))).toHaveValue('1');
  await expect(page.getByLabel(cellName('t3:new:total'))).toHaveValue('3');
  await page.screenshot({ path: test.info().outputPath('table-3-from-ledger.png'), fullPage: true });

  // Counted, so read-only; Enter on a figure lists the ledger rows behind it.
  const counted = page.getByLabel(cellName('t3:open:natural'));
  await expect(counted).toHaveAttribute('readonly', '');
  await counted.focus();
  await counted.press('Enter');
  const behind = page.getByRole('dialog', { name: '计入这个数字的申请' });
  await expect(behind.getByRole('table', { name: '计入的申请' }).getByRole('row')).toHaveCount(3);
  await expect(behind).toContainText(CONTENT);
  await behind.getByRole('button', { name: '关闭' }).click();
  await expect(behind).toBeHidden();

  // One row the app cannot read: the file is refused, the row named, the ledger untouched.
  await page.getByRole('link', { name: '申请台账' }).click();
  await importFile(
    page,
    '有错的台账.xlsx',
    await xlsx([
      header.map((h) => String(h)),
      [day(2023, 2, 1), '自然人', '', '（一）予以公开', day(2023, 2, 3)],
      [day(2023, 2, 4), '自然人', '', '（三）不予公开', day(2023, 2, 9)],
    ]),
  );
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('没有导入');
  await expect(refused.getByRole('list', { name: '无法读取的行' })).toContainText('第 3 行');
  await expect(page.getByRole('status').filter({ hasText: /^共 \d+ 条/ })).toContainText('共 4 条');

  // 不使用台账: the counted figures become editable; typed over, then 使用台账 counts again, and
  // 不使用台账 once more offers the typed figures back.
  const requests = page.getByRole('group', { name: /的表格与申请台账$/ });
  await requests.getByRole('button', { name: '不使用台账' }).click();
  await page.getByRole('link', { name: S3 }).click();
  const cell = page.getByLabel(cellName('t3:new:natural'));
  await expect(cell).toHaveValue('2');
  await cell.fill('7');
  await expect(page.getByLabel(cellName('t3:new:total'))).toHaveValue('8');

  await page.getByRole('link', { name: '申请台账' }).click();
  await requests.getByRole('button', { name: '使用台账' }).click();
  await page.getByRole('dialog', { name: '使用台账' }).getByRole('button', { name: '使用台账' }).click();
  await page.getByRole('link', { name: S3 }).click();
  await expect(cell).toHaveValue('2');

  await page.getByRole('link', { name: '申请台账' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^共 \d+ 条/ })).toContainText('共 4 条');
  await requests.getByRole('button', { name: '不使用台账' }).click();
  await page
    .getByRole('dialog', { name: '不使用台账' })
    .getByRole('button', { name: '恢复手填的数字' })
    .click();
  await page.getByRole('link', { name: S3 }).click();
  await expect(cell).toHaveValue('7');

  // The Word file: table 三 as typed, and nothing of the ledger.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const exporting = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /报告中有 \d+ 处错误/ })
    .getByRole('button', { name: '仍然导出' })
    .click();
  const parts = unzipSync(new Uint8Array(fs.readFileSync(await (await exporting).path())));
  const xml = Object.values(parts)
    .map((p) => strFromU8(p))
    .join('\n');
  expect(xml).toContain('阁山镇');
  expect(xml).not.toContain(CONTENT);
  expect(xml).not.toContain('申请台账');
});
