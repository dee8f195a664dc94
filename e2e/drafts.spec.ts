// Draft files and the year after: 导出草稿 → 导入 in another browser gives the same
// report; a bad file is refused and changes nothing; next year's report carries 结转 over and R5
// flags a later change.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createReport } from './support/create-report';
import { cellName, narrativeLabel, sectionTitle } from './support/official-labels';

const S1 = sectionTitle('s1');
const S3 = sectionTitle('s3');

test.describe.configure({ timeout: 120_000 });

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
}

async function exportDraft(
  page: Page,
  path: string,
): Promise<{ name: string; json: { report: Record<string, unknown> } }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  const file = await download;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), json: JSON.parse(fs.readFileSync(path, 'utf8')) };
}

test('导出草稿 then 导入 in a fresh browser gives the same report', async ({ page, browser }, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系电话').fill('0795-7161260');
  await page.getByRole('link', { name: S1 }).click();
  await page.getByLabel(narrativeLabel('s1-active')).fill('本年主动公开信息70条。\n\n第二段。');
  await page.getByRole('link', { name: S3 }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await saved(page);
  const first = await exportDraft(page, info.outputPath('first.json'));
  expect(first.name).toBe('阁山镇人民政府2025年报告草稿.json');

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./');
  await expect(page2.getByText('这里还没有报告')).toBeVisible();
  await page2.getByLabel('导入草稿').setInputFiles(info.outputPath('first.json'));
  await expect(page2.getByRole('status').filter({ hasText: '已导入' })).toContainText('阁山镇人民政府2025年');
  await expect(page2.getByRole('row', { name: /阁山镇人民政府/ })).toHaveCount(1);
  await page2
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  await expect(page2.getByLabel('联系电话')).toHaveValue('0795-7161260');
  await page2.getByRole('link', { name: S1 }).click();
  await expect(page2.getByLabel(narrativeLabel('s1-active'))).toHaveValue(
    '本年主动公开信息70条。\n\n第二段。',
  );
  await page2.getByRole('link', { name: S3 }).click();
  await expect(page2.getByLabel(cellName('t3:new:natural'))).toHaveValue('3');
  await expect(page2.getByLabel(cellName('t3:new:total'))).toHaveValue('3');

  // The whole report, field by field, is what was exported.
  const second = await exportDraft(page2, info.outputPath('second.json'));
  const { updatedAt: _a, ...mine } = first.json.report;
  const { updatedAt: _b, ...theirs } = second.json.report;
  expect(theirs).toEqual(mine);
  await other.close();
});

test('a corrupt, foreign or newer file is refused with the reason, and the reports stay as they were', async ({
  page,
}, info) => {
  await createReport(page, '潘庄镇人民政府', '2025');
  await page.getByLabel('联系电话').fill('0538-1234567');
  await saved(page);
  const good = await exportDraft(page, info.outputPath('good.json'));
  await page.getByRole('link', { name: '← 我的报告' }).click();
  await expect(page.getByRole('row', { name: /潘庄镇人民政府/ })).toHaveCount(1);

  const text = JSON.stringify(good.json, null, 2);
  const files = [
    { name: '截断.json', body: text.slice(0, Math.floor(text.length / 2)), says: /损坏或不完整/ },
    { name: '别的.json', body: '{"hello":"world"}', says: /不是本系统导出的报告草稿/ },
    { name: '新版本.json', body: JSON.stringify({ ...good.json, version: 99 }), says: /更新版本/ },
    {
      name: '改坏.json',
      body: JSON.stringify({ ...good.json, report: { ...good.json.report, cells: { 'x:y:z': '1' } } }),
      says: /不符合报告格式/,
    },
  ];
  for (const f of files) {
    await page
      .getByLabel('导入草稿')
      .setInputFiles({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.body) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(f.name);
    await expect(alert).toContainText(f.says);
    await expect(alert).toContainText('已有的报告没有任何改动');
  }
  await expect(page.getByRole('row', { name: /潘庄镇人民政府/ })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('row', { name: /潘庄镇人民政府/ })).toHaveCount(1);
  await page
    .getByRole('row', { name: /潘庄镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  await expect(page.getByLabel('联系电话')).toHaveValue('0538-1234567');

  // The same file again changes nothing; a file of the same report with other content asks
  // 替换 or 保留两份.
  await page.getByRole('link', { name: '← 我的报告' }).click();
  await page.getByLabel('导入草稿').setInputFiles(info.outputPath('good.json'));
  await expect(page.getByRole('status').filter({ hasText: '无需导入' })).toBeVisible();
  const meta = good.json.report['meta'] as Record<string, unknown>;
  const changed = { ...good.json.report, meta: { ...meta, phone: '0538-7654321' } };
  await page.getByLabel('导入草稿').setInputFiles({
    name: 'changed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...good.json, report: changed })),
  });
  await page
    .getByRole('alertdialog', { name: '报告已存在' })
    .getByRole('button', { name: '保留两份' })
    .click();
  await expect(page.getByRole('row', { name: /潘庄镇人民政府/ })).toHaveCount(2);
});

test("next year's report carries 结转 over, and R5 flags a later change", async ({ page }) => {
  await createReport(page, '千户镇人民政府', '2024');
  await page.getByRole('link', { name: S1 }).click();
  await page.getByLabel(narrativeLabel('s1-active')).fill('2024年主动公开信息50条。');
  await page.getByRole('link', { name: S3 }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await page.getByLabel(cellName('t3:carry-forward:natural')).fill('2');
  await page.getByLabel(cellName('t3:carry-forward:business')).fill('1');
  await saved(page);

  await page.getByRole('link', { name: '← 我的报告' }).click();
  await page
    .getByRole('row', { name: /千户镇人民政府.*2024/ })
    .getByRole('button', { name: '新建下一年度报告' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '千户镇人民政府2025年政府信息公开工作年度报告',
  );

  await page.getByRole('link', { name: S1 }).click();
  await expect(page.getByLabel(narrativeLabel('s1-active'))).toHaveValue('2024年主动公开信息50条。');
  await page.getByRole('link', { name: S3 }).click();
  await expect(page.getByLabel(cellName('t3:carried:natural'))).toHaveValue('2');
  await expect(page.getByLabel(cellName('t3:carried:business'))).toHaveValue('1');
  await expect(page.getByLabel(cellName('t3:carried:total'))).toHaveValue('3');
  const panel = page.getByRole('complementary', { name: '检查结果' });
  await expect(panel.getByRole('button', { name: /应等于2024年度报告/ })).toHaveCount(0);

  await page.getByLabel(cellName('t3:carried:natural')).fill('5');
  await expect(panel.getByRole('button', { name: /自然人列.*应等于2024年度报告/ })).toBeVisible();
  await expect(page.getByLabel(cellName('t3:carried:natural'))).toHaveAttribute('aria-invalid', 'true');
});
