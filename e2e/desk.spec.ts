// 审查汇总: a county officer drops a mixed folder of townships' reports over years onto
// the desk, offline, and sees each report with its problems, the 结转 break between years, the
// copied paragraph, the roll-up, and the Excel file.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import { readDocx, readDocxParagraphs } from '../src/test-support/read-docx-tables';
import { FORMAT_2021 } from '../src/template/format-2021';
import { cellLabel, formatCells } from '../src/template/table-cells';
import { COPIED, deskFiles } from './support/desk-files';
import { goOffline } from './support/go-offline';
import { rowLabel } from './support/official-labels';

const label = (id: string) => {
  const spec = formatCells(FORMAT_2021).get(id);
  if (!spec) throw new Error(`no cell ${id}`);
  return cellLabel(spec);
};

test.describe.configure({ timeout: 180_000 });

test('a mixed folder of reports is read in a worker and listed, offline', async ({ page, context }, info) => {
  await page.goto('/');
  const outside = await goOffline(page, context);
  await page.getByRole('link', { name: '审查汇总' }).click();
  await expect(page.getByRole('heading', { name: '审查汇总', level: 1 })).toBeVisible();

  await page.getByLabel('添加报告文件').setInputFiles(await deskFiles());
  await expect(page.getByRole('status').filter({ hasText: '已添加 7 份报告；1 个文件未能读取' })).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  const unreadable = page.getByRole('region', { name: '未能读取的文件' });
  await expect(unreadable).toContainText('损坏的报告.docx');

  const table = page.getByRole('table', { name: '报告列表' });
  await expect(table.getByRole('row')).toHaveCount(1 + 7);
  const geshan2024 = table.getByRole('row').filter({ hasText: '阁山镇2024年报.docx' });
  await expect(geshan2024.getByRole('rowheader')).toHaveText('阁山镇人民政府');
  await expect(geshan2024.getByRole('cell').nth(0)).toHaveText('2024');
  // the same office and year as a Word file and as its web page: counted once
  await expect(table.getByRole('row').filter({ hasText: '重复' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: '千湖镇2021.txt' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '溪南镇2024.json' })).toBeVisible();

  // a row opens the report: its findings and the tables read-only
  await geshan2024.getByRole('button', { name: /^查看/ }).click();
  await expect(page.getByRole('region', { name: '本报告的问题' })).toBeVisible();
  await expect(page.getByRole('region', { name: '跨报告的问题' })).toContainText('上年结转');
  await page.getByRole('button', { name: '返回报告列表' }).click();

  // kept in the desk's own store: still there after a reload
  await page.reload();
  await expect(page.getByRole('table', { name: '报告列表' }).getByRole('row')).toHaveCount(1 + 7);

  // across reports: the 结转 break between 阁山镇's 2023 and 2024, and the paragraph 溪南镇 copied
  await page.getByRole('tab', { name: /^跨报告问题/ }).click();
  const r5 = page.getByRole('region', { name: '上年结转与上年报告不符' });
  await expect(r5.getByRole('listitem')).toHaveCount(1);
  await expect(r5).toContainText('阁山镇人民政府');
  const similar = page.getByRole('region', { name: '内容雷同' });
  const pair = similar.getByRole('group', { name: '雷同段落对照' }).first();
  await expect(pair.getByRole('figure')).toHaveCount(2);
  await expect(pair.getByRole('figure').nth(0)).toContainText(COPIED.slice(0, 20));
  await expect(pair.getByRole('figure').nth(1)).toContainText(COPIED.slice(0, 20));
  await expect(similar).toContainText('溪南镇人民政府');

  // 未提交 against a pasted list
  await page.getByLabel(/^应报单位名单/).fill('1. 阁山镇\n2. 店下镇\n3. 溪南镇\n4. 潘庄镇');
  await page.getByRole('combobox', { name: '应报年度', exact: true }).selectOption('2024');
  await page.getByRole('button', { name: '核对未提交' }).click();
  await expect(page.getByRole('region', { name: /^未提交/ })).toContainText('潘庄镇');

  // 汇总 of 2024: the three townships' tables summed, 店下镇's two copies counted once
  await page.getByRole('tab', { name: '汇总' }).click();
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption('2024');
  await expect(page.getByRole('cell', { name: label('t3:new:legal'), exact: true })).toHaveText('3');
  await expect(page.getByRole('cell', { name: label('t3:new:total'), exact: true })).toHaveText('3');
  await expect(page.getByRole('cell', { name: label('t3:new:natural'), exact: true })).toHaveText('0');
  await page.getByRole('button', { name: `${label('t3:new:legal')}：3，查看各单位构成` }).click();
  const parts = page.getByRole('dialog', { name: label('t3:new:legal') });
  await expect(parts.getByRole('row', { name: /店下镇人民政府/ })).toContainText('3');
  await expect(parts.getByRole('row')).toHaveCount(1 + 3);
  await parts.getByRole('button', { name: '关闭' }).click();

  // 导出 Excel, read back cell by cell
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('审查汇总（2024年度）.xlsx');
  const path = info.outputPath('desk.xlsx');
  await download.saveAs(path);
  const sheets = await readXlsxFile(new Uint8Array(fs.readFileSync(path)).buffer as ArrayBuffer);
  const sheet = (name: string) => {
    const found = sheets.find((s) => s.sheet === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found.data;
  };
  const reports = sheet('报告');
  expect(reports[0]?.slice(0, 5)).toEqual(['机关', '年度', '格式', '来源', '文件名']);
  expect(reports).toHaveLength(1 + 7);
  const geshanRow = reports.find((row) => row[4] === '阁山镇2024年报.docx');
  expect(geshanRow?.slice(0, 4)).toEqual(['阁山镇人民政府', 2024, FORMAT_2021.notice, 'Word 文件']);
  const problems = sheet('问题');
  expect(problems.some((row) => row[0] === '阁山镇人民政府' && String(row.join('')).includes('结转'))).toBe(
    true,
  );
  const t3 = FORMAT_2021.sections.find((sec) => sec.table?.id === 't3');
  const t3Sheet = sheet(t3?.title ?? '');
  const newRow = t3Sheet.find((row) => row.includes(rowLabel('new')));
  // 自然人 0, the legal persons' 其他 3, and the total 3, as the grid shows
  expect(newRow?.filter((v) => typeof v === 'number')).toEqual([0, 0, 0, 0, 3, 0, 3]);

  // 审查意见 of one office, as a Word file
  await page.getByRole('tab', { name: /^报告/ }).click();
  const opinionDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载审查意见 阁山镇人民政府 2024年度' }).click();
  const opinion = await opinionDownload;
  expect(opinion.suggestedFilename()).toBe('阁山镇人民政府2024年度政府信息公开工作年度报告审查意见.docx');
  const docPath = info.outputPath('opinion.docx');
  await opinion.saveAs(docPath);
  const paragraphs = readDocxParagraphs((await readDocx(fs.readFileSync(docPath))).document).map(
    (p) => p.text,
  );
  expect(paragraphs[0]).toBe('阁山镇人民政府2024年度政府信息公开工作年度报告审查意见');
  expect(paragraphs.join('\n')).toContain('上年结转');
  expect(paragraphs.join('\n')).toContain(COPIED.slice(0, 20));

  // 移除 one report, then 清空: the clerk's own store is another database and is not touched
  await page.getByRole('button', { name: /^移除 千户镇/ }).click();
  await expect(page.getByRole('table', { name: '报告列表' }).getByRole('row')).toHaveCount(1 + 6);
  await page.getByRole('button', { name: '清空' }).click();
  await page.getByRole('dialog', { name: '清空审查汇总' }).getByRole('button', { name: '清空' }).click();
  await expect(page.getByRole('table', { name: '报告列表' })).toHaveCount(0);

  expect(outside).toEqual([]);
});
