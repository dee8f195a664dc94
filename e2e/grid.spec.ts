// The official grids as a clerk uses them: typing by accessible name, totals that fill themselves,
// a block pasted from Excel (trailing newline, full-width digits), a refused word, a clipped block,
// Ctrl+Z undoing the whole paste, and the cells of an R3 break flagged.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openNewReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

const T3 = sectionTitle('s3');
const T2 = sectionTitle('s2');
const NEW_NATURAL = cellName('t3:new:natural');
const NEW_BUSINESS = cellName('t3:new:business');
const NEW_TOTAL = cellName('t3:new:total');
const CARRIED_NATURAL = cellName('t3:carried:natural');
const OPEN_NATURAL = cellName('t3:open:natural');
const OUTCOMES_TOTAL_NATURAL = cellName('t3:outcomes-total:natural');
const CARRY_FORWARD_OTHER = cellName('t3:carry-forward:other');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const newReport = (page: Page) => openNewReport(page, '千户镇人民政府', '2021');

async function openStep(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '填报步骤' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
}

const cell = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

/** Puts text on the real clipboard and pastes it with Ctrl+V into the focused cell. */
async function pasteInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

const status = (page: Page): Locator => page.getByRole('status', { name: '表格操作提示' });

test('typing by accessible name fills the cell and the totals follow', async ({ page }) => {
  await newReport(page);
  await openStep(page, T3);
  await cell(page, NEW_NATURAL).click();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName(NEW_BUSINESS);
  await page.keyboard.type('３');
  await page.keyboard.press('Enter');
  await expect(cell(page, NEW_BUSINESS)).toHaveValue('3');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('15');
  await expect(cell(page, NEW_TOTAL)).toHaveAttribute('readonly', '');
  // Typing on a selected cell replaces it; Esc takes the edit back.
  await cell(page, NEW_NATURAL).click();
  await page.keyboard.type('7');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('10');
  await page.keyboard.press('Escape');
  await expect(cell(page, NEW_NATURAL)).toHaveValue('12');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('15');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName(CARRIED_NATURAL);
});

test('a block from Excel is pasted with its trailing newline and full-width digits, and Ctrl+Z undoes it whole', async ({
  page,
}) => {
  await newReport(page);
  await openStep(page, T3);
  // Two rows of the 7 columns, the 总计 column included as clerks copy it, with Excel's \r\n.
  await pasteInto(page, cell(page, NEW_NATURAL), '１０\t2\t0\t0\t0\t1\t13\r\n3\t0\t0\t0\t0\t0\t3\r\n');
  await expect(cell(page, NEW_NATURAL)).toHaveValue('10');
  await expect(cell(page, NEW_BUSINESS)).toHaveValue('2');
  await expect(cell(page, CARRIED_NATURAL)).toHaveValue('3');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('13');
  await expect(status(page)).toContainText('已粘贴 12 个单元格');
  await expect(status(page)).toContainText('落在总计格的 2 个数值已跳过');

  await page.keyboard.press('Control+Z');
  await expect(cell(page, NEW_NATURAL)).toHaveValue('');
  await expect(cell(page, CARRIED_NATURAL)).toHaveValue('');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('');
  await expect(status(page)).toContainText('已撤销');
  await page.keyboard.press('Control+Y');
  await expect(cell(page, CARRIED_NATURAL)).toHaveValue('3');

  // Another table step starts clean: no figure of table 三 shows up in section 二.
  await openStep(page, T2);
  await expect(cell(page, cellName('t2:regulation:issued'))).toHaveValue('');
  await openStep(page, T3);
  await expect(cell(page, NEW_NATURAL)).toHaveValue('10');
});

test('a block copied with its row labels drops them, and a pasted 总计 that disagrees is named', async ({
  page,
}) => {
  await newReport(page);
  await openStep(page, T3);
  // As Excel and WPS copy a sheet laid out like table 三: the label column first, 总计 last.
  await pasteInto(
    page,
    cell(page, NEW_NATURAL),
    '一、本年新收政府信息公开申请数量\t4\t1\t0\t0\t0\t0\t9\r\n二、上年结转政府信息公开申请数量\t2\t-\t0\t0\t0\t0\t2\r\n',
  );
  await expect(cell(page, NEW_NATURAL)).toHaveValue('4');
  await expect(cell(page, NEW_BUSINESS)).toHaveValue('1');
  await expect(cell(page, CARRIED_NATURAL)).toHaveValue('2');
  await expect(cell(page, NEW_TOTAL)).toHaveValue('5');
  await expect(status(page)).toContainText('复制的行标题与表格一致，已略去');
  await expect(status(page)).toContainText(`${NEW_TOTAL}为 9，但各项相加为 5`);
});

test('a word is refused naming the cell, and a block too large is clipped with a message', async ({
  page,
}) => {
  await newReport(page);
  await openStep(page, T2);
  const licensing = cell(page, cellName('t2:licensing:decisions'));
  await pasteInto(page, licensing, '无\n');
  await expect(status(page)).toContainText('“无”不是数字');
  await expect(status(page)).toContainText('（行政许可 / 本年处理决定数量）');
  await expect(licensing).toHaveValue('');

  await openStep(page, T3);
  await pasteInto(page, cell(page, CARRY_FORWARD_OTHER), '1\t2\t3\n4\t5\t6\n');
  await expect(cell(page, CARRY_FORWARD_OTHER)).toHaveValue('1');
  await expect(status(page)).toContainText('已舍去 1 行、1 列');
});

test('an R3 break marks the cells involved, with the message on focus, until it is fixed', async ({
  page,
}) => {
  await newReport(page);
  await openStep(page, T3);
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await expect(cell(page, OPEN_NATURAL)).toHaveValue('0');
  await cell(page, NEW_NATURAL).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await cell(page, OPEN_NATURAL).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  for (const name of [NEW_NATURAL, CARRIED_NATURAL, OUTCOMES_TOTAL_NATURAL]) {
    await expect(cell(page, name)).toHaveAttribute('aria-invalid', 'true');
  }
  // 予以公开 is not in the rule (its total is), and a balanced column is not marked.
  await expect(cell(page, OPEN_NATURAL)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, NEW_BUSINESS)).not.toHaveAttribute('aria-invalid', 'true');
  await cell(page, NEW_NATURAL).focus();
  await expect(cell(page, NEW_NATURAL)).toHaveAccessibleDescription(/自然人列/);
  const message = page.locator(`#${await cell(page, NEW_NATURAL).getAttribute('aria-describedby')}`);
  await expect(message).toBeVisible();

  // Fix it: all five new applications were answered with the information.
  await cell(page, OPEN_NATURAL).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell(page, NEW_NATURAL)).not.toHaveAttribute('aria-invalid', 'true');
});
