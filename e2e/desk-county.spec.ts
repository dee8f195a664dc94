// 审查汇总 as a county office uses it: a whole folder of ten townships' reports over three years in
// every form they come in (Word, portal page, copied text, draft file), offline; files dropped on
// the box; 取消 in the middle of a large folder; the reports of this browser added; and the Excel
// file read back cell by cell against the roll-up on screen.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import { FORMAT_2021 } from '../src/template/format-2021';
import { layoutTable } from '../src/template/layout-table';
import { ruleName } from '../src/template/rules/rule-names';
import { cellLabel, formatCells } from '../src/template/table-cells';
import { createReport } from './support/create-report';
import {
  COUNTY,
  COUNTY_COPIED,
  COUNTY_REPEATED,
  countyFolder,
  deskBenchFiles,
  deskFiles,
  type CountyFile,
} from './support/desk-files';
import { goOffline } from './support/go-offline';

test.describe.configure({ timeout: 240_000 });

const label = (id: string) => {
  const spec = formatCells(FORMAT_2021).get(id);
  if (!spec) throw new Error(`no cell ${id}`);
  return cellLabel(spec);
};

/**
 * Writes the folder to disk as an office keeps it (a subfolder per year, with the files the system
 * and Word leave beside documents). A text file holds what a browser copies from a portal page
 * whose table cells hold plain text: the page's rendered text, each table row a tab-separated line.
 * (Copied from the Word-pasted page itself, every paragraph inside a cell starts a line of its own,
 * and the text reader does not find the tables in that.)
 */
async function writeFolder(browser: Browser, files: readonly CountyFile[], dir: string): Promise<void> {
  const copier = await browser.newPage();
  for (const f of files) {
    const target = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (f.kind === 'txt') {
      await copier.setContent(String(f.content));
      await copier
        .locator('td, th')
        .evaluateAll((cells) =>
          cells.forEach((c) => (c.textContent = (c.textContent ?? '').replace(/\s+/g, ''))),
        );
      fs.writeFileSync(target, await copier.locator('body').innerText());
    } else fs.writeFileSync(target, f.content);
  }
  await copier.close();
  fs.writeFileSync(path.join(dir, '.DS_Store'), 'Bud1');
  fs.writeFileSync(path.join(dir, '2024', '~$阁山镇2024年度政府信息公开工作年度报告.docx'), 'lock');
}

const reportRows = (page: Page) => page.getByRole('table', { name: '报告列表' }).locator('tbody tr');

test('a folder of ten townships over three years: listed, checked across years, summed and exported, offline', async ({
  page,
  context,
  browser,
}, info) => {
  const files = await countyFolder();
  expect(new Set(files.map((f) => f.kind))).toEqual(new Set(['docx', 'html', 'txt', 'json']));
  const dir = info.outputPath('各乡镇年报');
  await writeFolder(browser, files, dir);

  await page.goto('/');
  const outside = await goOffline(page, context);
  await page.getByRole('link', { name: '审查汇总' }).click();

  await page.getByLabel('添加文件夹').setInputFiles(dir);
  await expect(page.getByRole('status').filter({ hasText: /^已添加/ })).toHaveText('已添加 30 份报告', {
    timeout: 90_000,
  });
  await expect(page.getByRole('region', { name: '未能读取的文件' })).toHaveCount(0);
  await expect(reportRows(page)).toHaveCount(30);
  // Each report is listed by its office and year, whatever form it came in.
  for (const f of files) {
    const row = reportRows(page).filter({ hasText: path.basename(f.path) });
    await expect(row.getByRole('rowheader')).toHaveText(f.office);
    await expect(row.getByRole('cell').nth(0)).toHaveText(String(f.year));
  }

  // Across reports: 阁山镇's 结转 break between 2023 and 2024, and both copied paragraphs.
  await page.getByRole('tab', { name: /^跨报告问题/ }).click();
  const carry = page.getByRole('region', { name: ruleName('R5') });
  await expect(carry.getByRole('listitem')).toHaveCount(1);
  await expect(carry).toContainText(COUNTY[0] ?? '');
  const similar = page.getByRole('region', { name: ruleName('D-similar') });
  const pairs = similar.getByRole('group', { name: '雷同段落对照' });
  await expect(pairs).toHaveCount(2);
  const copied = pairs.filter({ hasText: COUNTY_COPIED.slice(0, 30) });
  await expect(copied.getByRole('figure')).toHaveCount(2);
  await expect(copied.getByRole('figure').filter({ hasText: '千户镇人民政府 2025年度' })).toHaveCount(1);
  await expect(copied.getByRole('figure').filter({ hasText: '新市镇人民政府 2025年度' })).toHaveCount(1);
  const repeated = pairs.filter({ hasText: COUNTY_REPEATED.slice(0, 30) });
  await expect(repeated.getByRole('figure').filter({ hasText: '东城街道办事处 2023年度' })).toHaveCount(1);
  await expect(repeated.getByRole('figure').filter({ hasText: '东城街道办事处 2024年度' })).toHaveCount(1);

  // 汇总 of 2023: 1 + 2 + … + 10 natural persons, and 阁山镇's 2 legal persons.
  await page.getByRole('tab', { name: '汇总' }).click();
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption('2023');
  const figure = (id: string) => page.getByRole('cell', { name: label(id), exact: true });
  await expect(figure('t3:new:natural')).toHaveText('55');
  await expect(figure('t3:new:legal')).toHaveText('2');
  await expect(figure('t3:new:total')).toHaveText('57');
  await expect(figure('t3:carry-forward:total')).toHaveText('2');
  await page.getByRole('button', { name: `${label('t3:new:natural')}：55，查看各单位构成` }).click();
  const parts = page.getByRole('dialog', { name: label('t3:new:natural') });
  await expect(parts.getByRole('row')).toHaveCount(1 + 10);
  await expect(parts.getByRole('row', { name: new RegExp(COUNTY[9] ?? '') })).toContainText('10');
  await parts.getByRole('button', { name: '关闭' }).click();

  // 导出 Excel, and every figure of each table's sheet read back against the grid on screen.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('审查汇总（2023年度）.xlsx');
  const saved = info.outputPath('county.xlsx');
  await download.saveAs(saved);
  const sheets = await readXlsxFile(new Uint8Array(fs.readFileSync(saved)).buffer as ArrayBuffer);
  const sheet = (name: string) => {
    const found = sheets.find((s) => s.sheet === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found.data;
  };
  expect(sheet('报告')).toHaveLength(1 + 30);
  expect(sheet('问题').some((row) => row[0] === COUNTY[0] && row.join('').includes('结转'))).toBe(true);
  // The grid's figures by accessible name ("row path / column path"), as shown.
  const onScreen = new Map<string, string>(
    await page
      .locator('td[aria-label]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('aria-label') ?? '', c.textContent ?? ''])),
  );
  let compared = 0;
  for (const section of FORMAT_2021.sections) {
    if (!section.table) continue;
    const data = sheet(section.title);
    const layout = layoutTable(section.table);
    layout.rows.forEach((starts, r) => {
      for (const g of starts) {
        const cell = g.cell;
        if (!cell) continue;
        const name = cellLabel(cell);
        const shown = onScreen.get(name);
        expect(shown, name).toBeDefined();
        // The sheet: a title row, then the table laid out as printed. A figure some report could
        // not give is marked * on screen, and named in a note under the sheet's table (the totals
        // over it are marked too, and not named again).
        expect(String(data[1 + r]?.[g.col] ?? ''), name).toBe(shown?.replace(/\*$/, ''));
        if (shown?.endsWith('*') && !cell.computed) {
          expect(
            data.some((row) => String(row[0] ?? '').startsWith(`${name}：`)),
            name,
          ).toBe(true);
        }
        compared++;
      }
    });
  }
  expect(compared).toBeGreaterThan(100);

  expect(outside).toEqual([]);
});

test('files dropped on the box are read like files chosen', async ({ page }) => {
  await page.goto('/#/desk');
  const chosen = (await deskFiles()).filter((f) => !f.name.startsWith('损坏'));
  const dropped = [chosen[0], chosen[4], chosen[5]].flatMap((f) => (f ? [f] : []));
  const payload = dropped.map((f) => ({
    name: f.name,
    type: f.mimeType,
    base64: f.buffer.toString('base64'),
  }));
  // A drop as the browser delivers it: a DataTransfer holding the files, on the drop box.
  const data = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  }, payload);
  const box = page.getByRole('region', { name: '添加报告' }).getByText(/^可一次选择或拖入多个文件/);
  await box.dispatchEvent('dragover', { dataTransfer: data });
  await box.dispatchEvent('drop', { dataTransfer: data });
  await expect(page.getByRole('status').filter({ hasText: /^已添加/ })).toHaveText('已添加 3 份报告', {
    timeout: 60_000,
  });
  for (const f of dropped) await expect(reportRows(page).filter({ hasText: f.name })).toHaveCount(1);
});

test('取消 in the middle of a large folder keeps the reports already read and says how many were not', async ({
  page,
}) => {
  await page.goto('/#/desk');
  const files = await deskBenchFiles(80);
  await page.getByLabel('添加报告文件').setInputFiles(files);
  const bar = page.getByRole('progressbar', { name: '读取报告文件' });
  await expect
    .poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000, intervals: [50] })
    .toBeGreaterThanOrEqual(2);
  await page.getByRole('region', { name: '添加报告' }).getByRole('button', { name: '取消' }).click();
  const message = page.getByRole('status').filter({ hasText: /^已取消/ });
  await expect(message).toBeVisible();
  const [, notRead, added] = /^已取消：(\d+) 个文件未读取；已添加 (\d+) 份报告$/.exec(
    (await message.textContent()) ?? '',
  ) ?? ['', '-1', '-1'];
  expect(Number(added)).toBeGreaterThanOrEqual(2);
  expect(Number(notRead)).toBeGreaterThan(0);
  expect(Number(added) + Number(notRead)).toBe(80);
  await expect(bar).toHaveCount(0);
  await expect(reportRows(page)).toHaveCount(Number(added));
  // Those read are kept in the desk's store, and the inputs take files again.
  await page.reload();
  await expect(reportRows(page)).toHaveCount(Number(added));
  await expect(page.getByLabel('添加报告文件')).toBeEnabled();
});

test('the reports kept in this browser are added once, however often they are added', async ({ page }) => {
  await createReport(page, '溪口镇人民政府', '2025');
  await page.goto('/#/desk');
  const add = page.getByRole('button', { name: '添加本浏览器中的报告（1 份）' });
  await add.click();
  await expect(page.getByRole('status').filter({ hasText: /^已添加本浏览器/ })).toHaveText(
    '已添加本浏览器中的 1 份报告',
  );
  const row = reportRows(page).filter({ hasText: '溪口镇人民政府' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('2025');
  await add.click();
  await expect(reportRows(page)).toHaveCount(1);
  // 移除 on the desk leaves the clerk's own report where it was.
  await row.getByRole('button', { name: /^移除/ }).click();
  await expect(reportRows(page)).toHaveCount(0);
  await page.goto('/#/');
  await expect(page.getByRole('row', { name: /溪口镇人民政府/ })).toHaveCount(1);
});
