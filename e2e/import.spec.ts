// Importing existing reports through the start screen, as a clerk does: a Word file, the
// real portal page as a file and as pasted HTML, copied text; refused files say why and store
// nothing; 导入检查 shows every cell by its accessible name before 创建报告, and the created
// report's cells are read back in the editor.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { handFilledDocx } from '../src/report/import/fixtures/hand-filled-docx';
import { SAMPLE_NARRATIVES, zeroFigures } from '../src/report/import/fixtures/printed-report';
import { QIANHU_2021 } from '../src/template/fixtures/qianhu-2021';
import { FORMAT_2021 } from '../src/template/format-2021';
import { normalizeFigure } from '../src/template/normalize-figure';
import { cellLabel, tableCells } from '../src/template/table-cells';
import { createReport } from './support/create-report';
import { cellName, narrativeLabel, sectionTitle } from './support/official-labels';

test.describe.configure({ timeout: 120_000 });

const PINGTAN_HTML = new URL('../../shared/examples/pingtan-2024.html', import.meta.url);
const PINGTAN = JSON.parse(
  fs.readFileSync(new URL('../../shared/examples/pingtan-2024.expected.json', import.meta.url), 'utf8'),
) as { t2: number[][]; t3: number[][]; t4: number[] };
const QIANHU_TEXT = new URL('../src/template/fixtures/examples/qianhu-2021.txt', import.meta.url);

const S2 = sectionTitle('s2');
const S3 = sectionTitle('s3');
const S4 = sectionTitle('s4');

/** Every cell of the 2021 tables with the figure pingtan-2024.html prints, by accessible name. */
function pingtanFigures(): { section: string; label: string; value: string }[] {
  const [t2, t3, t4] = FORMAT_2021.sections.flatMap((s) => (s.table ? [s] : []));
  const rows = [
    { section: t2, values: PINGTAN.t2.flat() },
    { section: t3, values: PINGTAN.t3.flat() },
    { section: t4, values: PINGTAN.t4 },
  ];
  return rows.flatMap(({ section, values }) => {
    if (!section?.table) throw new Error('format 2021 without its tables');
    const cells = tableCells(section.table);
    expect(cells).toHaveLength(values.length);
    return cells.map((c, i) => ({ section: section.title, label: cellLabel(c), value: String(values[i]) }));
  });
}

const checkCell = (page: Page, label: string): Locator =>
  page.getByRole('cell', { name: label, exact: true });

async function expectPingtanChecked(page: Page) {
  await expect(page.getByRole('heading', { name: '导入检查', level: 1 })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('机关名称')).toHaveValue('平潭综合实验区');
  await expect(page.getByLabel('报告年度')).toHaveValue('2024');
  for (const { label, value } of pingtanFigures()) {
    const cell = checkCell(page, label);
    await expect(cell, label).toContainText(value);
    await expect(cell, label).toContainText('已读');
  }
  await expect(page.getByText('已读 200 格')).toBeVisible();
  const overview = page.getByRole('group', {
    name: `${sectionTitle('s1')} ${narrativeLabel('s1-active')}`,
  });
  await expect(overview).toContainText('“（一）主动公开方面。”');
  await expect(overview).toContainText('通过政府门户网站全年主动公开各类政府信息10407条');
}

test('the real portal page as a file: 导入检查 shows every figure, 创建报告 opens it with them', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('导入 Word 或网页').setInputFiles(PINGTAN_HTML.pathname);
  await expectPingtanChecked(page);

  await page.getByRole('button', { name: '创建报告' }).click();
  await expect(page).toHaveURL(/#\/r\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '平潭综合实验区2024年政府信息公开工作年度报告',
  );
  for (const section of [S2, S3, S4]) {
    await page.getByRole('link', { name: section }).click();
    for (const { label, value } of pingtanFigures().filter((f) => f.section === section)) {
      await expect(page.getByLabel(label, { exact: true }), label).toHaveValue(value);
    }
  }
  await page.getByRole('link', { name: sectionTitle('s1') }).click();
  await expect(page.getByLabel(narrativeLabel('s1-active'))).toHaveValue(/全年主动公开各类政府信息10407条/);
});

test('the portal page pasted as HTML reads the same figures', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '粘贴报告内容' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴报告内容' });
  const html = fs.readFileSync(PINGTAN_HTML, 'utf8');
  await dialog.getByLabel('报告内容').evaluate((box, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', '平潭综合实验区2024年度政府信息公开工作年度报告（网页内容）');
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(dialog.getByText('已粘贴网页内容')).toBeVisible();
  await dialog.getByRole('button', { name: '识别' }).click();
  await expectPingtanChecked(page);
});

test('copied plain text is read, a corrected name kept, and a blank row stays 空白', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '粘贴报告内容' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴报告内容' });
  await dialog.getByLabel('报告内容').evaluate(
    (box, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    fs.readFileSync(QIANHU_TEXT, 'utf8'),
  );
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('报告年度')).toHaveValue('2021');
  await expect(page.getByText('从统计期限读出')).toBeVisible();
  await expect(page.getByLabel('机关名称')).toHaveValue('千户镇');
  await page.getByLabel('机关名称').fill('千户镇人民政府');

  const t3 = FORMAT_2021.sections.find((s) => s.id === 's3')?.table;
  if (!t3) throw new Error('no table 三');
  for (const c of tableCells(t3).filter((c) => !c.computed)) {
    const printed = QIANHU_2021.cells[c.id];
    const cell = checkCell(page, cellLabel(c));
    if (printed === undefined) await expect(cell, c.id).toContainText('空白');
    else await expect(cell, c.id).toContainText(normalizeFigure(printed));
  }
  await page.getByRole('button', { name: '创建报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '千户镇人民政府2021年政府信息公开工作年度报告',
  );
  await page.getByRole('link', { name: S3 }).click();
  const other3 = tableCells(t3).find((c) => c.id === 't3:other-handling-3:natural');
  if (!other3) throw new Error('no 其他 row');
  // A row the copy did not have stays 未填, never 0.
  await expect(page.getByLabel(cellLabel(other3), { exact: true })).toHaveValue('');
});

/** 示例镇's 2024 report as a hand-filled Word file, with the figures `printed` in its tables. */
const sampleTownDocx = (
  options: Pick<Parameters<typeof handFilledDocx>[0], 'printed' | 'splitTableThreeAt'>,
) =>
  handFilledDocx({
    format: FORMAT_2021,
    agencyName: '示例镇人民政府',
    year: 2024,
    preamble: '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    narratives: SAMPLE_NARRATIVES,
    signatory: '示例镇人民政府',
    signDate: '2025年1月20日',
    ...options,
  });

test('a hand-filled Word file is read and created', async ({ page }) => {
  const docx = await sampleTownDocx({
    printed: { ...zeroFigures(FORMAT_2021), 't3:new:natural': '１２', 't3:open:natural': '12' },
    splitTableThreeAt: 'unavailable-1',
  });
  await page.goto('./');
  await page.getByLabel('导入 Word 或网页').setInputFiles({
    name: '示例镇2024年报.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(docx),
  });
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇人民政府');
  await expect(checkCell(page, cellName('t3:new:natural'))).toContainText('12');
  await expect(page.getByText('原报告中此表分为 2 段')).toBeVisible();
  await page.getByRole('button', { name: '创建报告' }).click();
  await page.getByRole('link', { name: S3 }).click();
  await expect(page.getByLabel(cellName('t3:new:natural'), { exact: true })).toHaveValue('12');
  await expect(page.getByLabel(cellName('t3:open:natural'), { exact: true })).toHaveValue('12');
});

test('an old .doc and a PDF are refused with what to do, and nothing is stored', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('这里还没有报告')).toBeVisible();
  const input = page.getByLabel('导入 Word 或网页');
  const cfb = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  await input.setInputFiles({ name: '2024年报.doc', mimeType: 'application/msword', buffer: cfb });
  await expect(page.getByRole('alert')).toContainText('没有导入“2024年报.doc”');
  await expect(page.getByRole('alert')).toContainText('请在 Word 或 WPS 中另存为 .docx 后再导入');

  await input.setInputFiles({
    name: '2024年报.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
  });
  await expect(page.getByRole('alert')).toContainText('PDF 文件无法读取');
  await expect(page.getByRole('alert')).toContainText('粘贴报告内容');
  await expect(page.getByText('这里还没有报告')).toBeVisible();
});

test('作为上年报告保存 gives this year’s report of the office its 上年结转 check (R5); a corrected year reads again', async ({
  page,
}) => {
  await createReport(page, '平潭综合实验区', '2025');
  await page.goto('./#/');
  await page.getByLabel('导入 Word 或网页').setInputFiles(PINGTAN_HTML.pathname);
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('本浏览器中已有')).toHaveCount(0);

  // 2020 is read in the 2019 format: its tables differ, and the note says the page fits the other.
  await page.getByLabel('报告年度').fill('2020');
  await expect(page.getByText('国办公开办函〔2019〕60号', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/2020年度报告应使用/)).toBeVisible();
  await page.getByLabel('报告年度').fill('2024');
  await expect(page.getByText('国办公开办函〔2021〕30号', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(checkCell(page, cellName('t3:carry-forward:natural'))).toContainText('0');

  await page.getByRole('button', { name: '作为上年报告保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '作为上年报告' })).toContainText(
    '2025年度报告的“上年结转”将按它核对（R5）',
  );
  await page
    .getByRole('row', { name: /平潭综合实验区.*2025/ })
    .getByRole('link', { name: '打开' })
    .click();
  await page.getByRole('link', { name: S3 }).click();
  const panel = page.getByRole('complementary', { name: '检查结果' });
  await page.getByLabel(cellName('t3:carried:natural'), { exact: true }).fill('5');
  await expect(panel.getByRole('button', { name: /自然人列.*应等于2024年度报告/ })).toBeVisible();
});

test('a Word file dropped on the import zone is read; a reload during 导入检查 keeps what was read and the corrected name', async ({
  page,
}) => {
  const docx = await sampleTownDocx({
    printed: { ...zeroFigures(FORMAT_2021), 't3:new:natural': '7', 't3:open:natural': '7' },
  });
  await page.goto('./');
  const zone = page.getByRole('region', { name: '导入已有的报告' });
  // A drop as the browser delivers it: a DataTransfer holding the file, over and onto the zone.
  const data = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([new Uint8Array(bytes)], '示例镇2024年报.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
    return transfer;
  }, Array.from(docx));
  const target = zone.locator('div').first();
  await target.dispatchEvent('dragover', { dataTransfer: data });
  await target.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  const newNatural = cellName('t3:new:natural');
  await expect(checkCell(page, newNatural)).toContainText('7');

  await page.getByLabel('机关名称').fill('示例镇');
  await page.reload();
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('机关名称')).toHaveValue('示例镇');
  await expect(checkCell(page, newNatural)).toContainText('7');

  // 放弃导入 forgets it: the next reload shows the start screen.
  await page.getByRole('button', { name: '放弃导入' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '粘贴报告内容' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '导入检查' })).toHaveCount(0);
});

test('pasted HTML then changed by hand is read as the text the box shows', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '粘贴报告内容' }).click();
  const dialog = page.getByRole('dialog', { name: '粘贴报告内容' });
  const box = dialog.getByLabel('报告内容');
  await box.evaluate(
    (el, pasted) => {
      const data = new DataTransfer();
      data.setData('text/html', pasted.html);
      data.setData('text/plain', pasted.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html: fs.readFileSync(PINGTAN_HTML, 'utf8'), text: fs.readFileSync(QIANHU_TEXT, 'utf8') },
  );
  await expect(dialog.getByText('已粘贴网页内容')).toBeVisible();
  await box.press('End');
  await box.pressSequentially('。');
  await expect(dialog.getByText('粘贴后改动了内容，将按框中的文字读取')).toBeVisible();
  await dialog.getByRole('button', { name: '识别' }).click();
  await expect(page.getByRole('heading', { name: '导入检查' })).toBeVisible({ timeout: 20_000 });
  // The text in the box is 千户镇's 2021 report, not the page pasted with it.
  await expect(page.getByLabel('机关名称')).toHaveValue('千户镇');
  await expect(page.getByLabel('报告年度')).toHaveValue('2021');
});
