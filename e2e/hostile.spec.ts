// Hostile use of the whole app: a huge block pasted into a grid, two tabs on one
// report, a reload in the middle of typing, the clock in another year, and markup, control
// characters and emoji typed as text. Each ends with nothing lost and a clear message where due.
// Injected faults (full storage, frozen tabs, damaged records) are in faults.spec.ts.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readDocx, readDocxParagraphs } from '../src/test-support/read-docx-tables';
import { openNewReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

const S3 = sectionTitle('s3');
const S5 = sectionTitle('s5');
const S6 = sectionTitle('s6');
const NEW_NATURAL = cellName('t3:new:natural');
const NEW_BUSINESS = cellName('t3:new:business');
const NEW_TOTAL = cellName('t3:new:total');

const cell = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

const newReport = (page: Page, name = '千户镇人民政府', year = '2021') => openNewReport(page, name, year);

async function openStep(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '填报步骤' }).getByRole('link', { name: title }).click();
}

test.describe('a grid under a 200 × 50 paste', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('is clipped to the table with a message; the cells it covers are written', async ({ page }) => {
    await newReport(page);
    await openStep(page, S3);
    const block = Array.from({ length: 200 }, (_, r) =>
      Array.from({ length: 50 }, (_, c) => String((r + c) % 10)).join('\t'),
    ).join('\r\n');
    await cell(page, NEW_NATURAL).click();
    await page.evaluate((t) => navigator.clipboard.writeText(t), `${block}\r\n`);
    await page.keyboard.press('Control+V');

    const status = page.getByRole('status', { name: '表格操作提示' });
    await expect(status).toContainText('已舍去');
    await expect(status).toContainText(/已粘贴 \d+ 个单元格/);
    // Row 0 of the block lands on the row typed into: 0, 1, … across the columns.
    await expect(cell(page, NEW_NATURAL)).toHaveValue('0');
    await expect(cell(page, NEW_BUSINESS)).toHaveValue('1');
    await expect(cell(page, NEW_TOTAL)).not.toHaveValue('');
    // The page still answers: the next keystroke goes where it should.
    await cell(page, NEW_NATURAL).fill('9');
    await expect(cell(page, NEW_NATURAL)).toHaveValue('9');
    await page.screenshot({ path: test.info().outputPath('paste-200x50.png'), fullPage: false });
  });
});

test('a second tab on the same report is told, cannot edit, and the first keeps its typing', async ({
  page,
  context,
}) => {
  await newReport(page);
  await openStep(page, S3);
  await cell(page, NEW_NATURAL).fill('7');
  await expect(page.getByRole('status').filter({ hasText: '已保存' }).first()).toBeVisible();

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('alert').filter({ hasText: '另一个窗口' })).toBeVisible();
  await expect(cell(second, NEW_NATURAL)).toHaveValue('7');
  await expect(cell(second, NEW_NATURAL)).not.toBeEditable();

  // The first tab goes on typing; the second never wrote over it.
  await cell(page, NEW_NATURAL).fill('8');
  await expect(page.getByRole('status').filter({ hasText: '已保存' }).first()).toBeVisible();
  await second.close();
  await page.reload();
  await expect(cell(page, NEW_NATURAL)).toHaveValue('8');
});

test('a reload in the middle of typing loses nothing', async ({ page }) => {
  // An IndexedDB write started in pagehide is dropped at unload; every change is also journalled
  // synchronously in localStorage (src/report/edit-journal.ts) and the editor opens from it.
  await newReport(page);
  await openStep(page, S3);
  await cell(page, NEW_NATURAL).click();
  await page.keyboard.type('42');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  // No wait for the autosave: leaving the page must write what is on screen.
  await page.reload();
  await expect(cell(page, NEW_NATURAL)).toHaveValue('42');
  await expect(cell(page, NEW_BUSINESS)).toHaveValue('3');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('45');
});

test('a figure still being edited in a cell survives a reload', async ({ page }) => {
  await newReport(page);
  await openStep(page, S3);
  await cell(page, NEW_NATURAL).click();
  // The cell is still in edit mode (no Tab, no Enter) when the page goes.
  await page.keyboard.type('17');
  await page.reload();
  await expect(cell(page, NEW_NATURAL)).toHaveValue('17');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('17');
});

test('invisible direction characters pasted into 机关名称 do not reverse the title or reach the Word file', async ({
  page,
}) => {
  // U+202E would show 府政民人镇户千; U+200B and U+2066 hide in the name.
  await newReport(page, '\u202e千户镇\u200b人民政府\u202c');
  const title = '千户镇人民政府2021年政府信息公开工作年度报告';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const name = page.getByLabel('机关名称');
  await expect(name).toHaveValue('千户镇人民政府');
  await name.focus();
  await page.keyboard.press('End');
  await page.keyboard.insertText('\u2066\ufeff');
  await expect(name).toHaveValue('千户镇人民政府');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const anyway = page.getByRole('button', { name: '仍然导出' });
  await Promise.race([downloading, anyway.click().catch(() => undefined)]);
  const docx = await readDocx(fs.readFileSync(await (await downloading).path()));
  const texts = readDocxParagraphs(docx.document).map((p) => p.text);
  expect(texts[0]).toBe(title);
  expect(texts.join('\n')).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/);
});

test.describe('the clock in another year', () => {
  test('in March 2031 the default year is 2030 under the 2021 format', async ({ page }) => {
    await page.clock.install({ time: new Date('2031-03-15T09:00:00+08:00') });
    await page.goto('./');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年度报告' });
    await expect(dialog.getByLabel('报告年度')).toHaveValue('2030');
    await expect(dialog).toContainText('国办公开办函〔2021〕30号');
  });

  test('in January 2020 the default year is 2019 under the 2019 format, and 2022 is refused', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2020-01-10T09:00:00+08:00') });
    await page.goto('./');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年度报告' });
    const year = dialog.getByLabel('报告年度');
    await expect(year).toHaveValue('2019');
    await expect(dialog).toContainText('国办公开办函〔2019〕60号');
    await year.fill('2022');
    await expect(year).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('不能晚于 2021 年');
    await dialog.getByLabel('机关名称').fill('阁山镇人民政府');
    await dialog.getByRole('button', { name: '创建' }).click();
    // Refused where it happened, and what was typed is still there.
    await expect(dialog).toBeVisible();
    await expect(year).toHaveValue('2022');
  });
});

test('markup, control characters and emoji are shown as plain text and exported to a file that opens', async ({
  page,
}) => {
  const NAME = '<script>window.__pwned=1</script>镇';
  const TEXT = '问题：<img src=x onerror="window.__pwned=2">\u200B\u202E反向\u202C😀\u0007结束';
  await newReport(page, NAME, '2021');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(NAME);

  await openStep(page, S5);
  const area = page.getByRole('textbox', { name: S5 });
  await area.fill(TEXT);
  await expect(area).toHaveValue(TEXT);

  // A 20,000-character paragraph, ending in a marker the preview and the file must both keep.
  const LONG = `${'本年度我镇持续推进基层政务公开标准化规范化建设，'.repeat(800).slice(0, 19_990)}【全文到此结束】`;
  await openStep(page, S6);
  const other = page.getByRole('textbox', { name: S6 });
  await other.fill(LONG);
  await expect(other).toHaveValue(LONG);

  await openStep(page, '预览');
  await expect(
    page.getByText('<img src=x onerror="window.__pwned=2">', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText('【全文到此结束】', { exact: false }).first()).toBeAttached();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const anyway = page.getByRole('button', { name: '仍然导出' });
  await Promise.race([downloading, anyway.click().catch(() => undefined)]);
  const download = await downloading;
  // readDocx parses every part strictly (XML 1.0 characters included): a file Word opens.
  const docx = await readDocx(fs.readFileSync(await download.path()));
  const texts = readDocxParagraphs(docx.document).map((p) => p.text);
  expect(texts[0]).toContain('<script>window.__pwned=1</script>');
  expect(texts.join('\n')).toContain('问题：<img src=x onerror="window.__pwned=2">');
  expect(texts.join('\n')).toContain('😀');
  expect(texts.join('')).toContain(LONG);
});

test('hostile draft files are refused with a reason, and the reports already kept stay', async ({ page }) => {
  await newReport(page, '潘庄镇人民政府');
  await page.goto('./#/');
  await expect(page.getByText('潘庄镇人民政府').first()).toBeVisible();
  const good = {
    kind: 'nianbao-draft',
    version: 1,
    exportedAt: '2026-01-10T08:00:00.000Z',
    report: { formatId: 'format-2021', cells: {}, narratives: {} },
  };
  const big = test.info().outputPath('huge.json');
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
  const cases: ReadonlyArray<readonly [string, string | Buffer, RegExp]> = [
    ['corrupt.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]), /损坏|不完整/],
    ['truncated.json', JSON.stringify(good).slice(0, 40), /损坏|不完整/],
    ['proto.json', JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},'), /不允许的字段名/],
    [
      'ctor.json',
      JSON.stringify(good).replace('{', '{"constructor":{"prototype":{"polluted":1}},'),
      /不允许/,
    ],
    ['newer.json', JSON.stringify({ ...good, version: 99 }), /更新版本/],
    ['huge.json', big, /过大/],
  ];
  const input = page.getByLabel('导入草稿');
  for (const [name, content, why] of cases) {
    // The 50 MB file goes by path; the size check must refuse it before reading it.
    if (content === big) await input.setInputFiles(big);
    else
      await input.setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: typeof content === 'string' ? Buffer.from(content) : content,
      });
    await expect(page.getByRole('alert').filter({ hasText: why }), name).toBeVisible();
  }
  expect(await page.evaluate(() => ('polluted' in Object.prototype ? 'polluted' : 'clean'))).toBe('clean');
  await expect(page.getByText('潘庄镇人民政府').first()).toBeVisible();
});
