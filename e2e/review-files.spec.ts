// The review between two computers: the clerk sends the 送审 file, the supervisor
// imports it in another browser, approves and sends the result back, and the clerk's import
// merges the result without asking to replace anything.
import { expect, test, type Page } from '@playwright/test';
import { createReport } from './support/create-report';
import { newComputer } from './support/new-computer';

test.describe.configure({ timeout: 150_000 });

async function saveDownload(page: Page, button: string, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return path;
}

test('送审 file to the supervisor, result file back, merged into the clerk’s report', async ({ browser }) => {
  const clerk = await newComputer(browser);
  const boss = await newComputer(browser);

  // The clerk submits and is offered the file at once, with what to do with it.
  await createReport(clerk.page, '阁山镇人民政府', '2025');
  await clerk.page.getByRole('link', { name: '预览' }).click();
  const panel = clerk.page.getByRole('region', { name: '审核' });
  await panel.getByRole('button', { name: '提交审核' }).click();
  await panel.getByRole('textbox', { name: '提交人姓名', exact: true }).fill('张秘书');
  await panel.getByRole('button', { name: '确认提交审核' }).click();
  await expect(panel.getByText('请把送审文件发给分管领导审核', { exact: false })).toBeVisible();
  const sent = await saveDownload(clerk.page, '导出送审文件', '阁山镇人民政府2025年报告（送审）.json');

  // The supervisor imports it on another computer, reads the preview and approves.
  await boss.page.goto('./');
  await boss.page.getByLabel('导入草稿').setInputFiles(sent);
  await expect(boss.page.getByRole('status').filter({ hasText: '已导入' })).toContainText('待审核');
  await boss.page.getByRole('button', { name: '打开预览' }).click();
  const bossPanel = boss.page.getByRole('region', { name: '审核' });
  await bossPanel.getByRole('button', { name: '审核通过' }).click();
  await bossPanel.getByLabel('审核人姓名').fill('李主任');
  await bossPanel.getByRole('button', { name: '确认审核通过' }).click();
  await expect(bossPanel.getByText('当前状态：已审核')).toBeVisible();
  // The supervisor's copy came from a file: no reminder to back it up.
  await expect(boss.page.getByRole('note', { name: '备份提醒' })).toHaveCount(0);
  await expect(bossPanel.getByText('请把审核结果文件发回给提交人', { exact: false })).toBeVisible();
  const answer = await saveDownload(
    boss.page,
    '导出审核结果文件',
    '阁山镇人民政府2025年报告（审核结果）.json',
  );

  // Back at the clerk's: the answer merges in, no 替换 / 保留两份 asked.
  await clerk.page.getByRole('link', { name: '← 我的报告' }).click();
  await clerk.page.getByLabel('导入草稿').setInputFiles(answer);
  await expect(clerk.page.getByRole('status').filter({ hasText: '已合并审核结果' })).toContainText(
    '审核人：李主任',
  );
  await expect(clerk.page.getByRole('alertdialog')).toHaveCount(0);
  const rows = clerk.page.getByRole('row', { name: /阁山镇人民政府/ });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole('cell', { name: '已审核' })).toBeVisible();

  // The old 送审 file again would undo the approval: the clerk is asked, seeing both versions.
  await clerk.page.getByLabel('导入草稿').setInputFiles(sent);
  const dialog = clerk.page.getByRole('alertdialog', { name: '报告已存在' });
  await expect(dialog).toContainText('本机的版本较新');
  await expect(dialog.getByRole('row', { name: /^本机的报告/ })).toContainText(
    /\d{4}年\d+月\d+日 \d{2}:\d{2}\s*已审核\s*李主任/,
  );
  await expect(dialog.getByRole('row', { name: /^文件中的报告/ })).toContainText(/待审核\s*—/);
  await clerk.page.screenshot({ path: test.info().outputPath('import-versions.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(rows.getByRole('cell', { name: '已审核' })).toBeVisible();

  await clerk.context.close();
  await boss.context.close();
});
