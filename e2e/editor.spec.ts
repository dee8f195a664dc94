// The clerk's journey through the editor, by accessible names as a person would.
import { expect, test } from '@playwright/test';
import { createReport } from './support/create-report';
import { cellName, narrativeLabel, sectionTitle } from './support/official-labels';

test('a clerk writes the 千户镇 2021 report, breaks and fixes R3, and finds it all after a reload', async ({
  page,
}) => {
  // A long journey on a machine shared by several builds.
  test.setTimeout(120_000);
  // 新建 refuses a year before the unified format, with the reason at the field.
  await page.goto('./');
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('报告年度').fill('2018');
  await expect(page.getByText(/早于统一格式/)).toBeVisible();
  await expect(page.getByLabel('报告年度')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '取消' }).click();

  await createReport(page, '千户镇人民政府', '2021');
  await expect(page.getByText('国办公开办函〔2021〕30号', { exact: false }).first()).toBeVisible();

  // 基本信息, with a field check as typed.
  await page.getByLabel('所属地区/上级政府').fill('秦安县');
  await page.getByLabel('发布网址').fill('http://www.qinan.gov.cn');
  await page.getByLabel('联系电话').fill('0938-6381001');
  await page.getByLabel('邮政编码').fill('7416');
  await expect(page.getByLabel('邮政编码')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('邮编应为 6 位数字')).toBeVisible();
  await page.getByLabel('邮政编码').fill('741600');
  await expect(page.getByLabel('邮政编码')).toHaveAttribute('aria-invalid', 'false');
  await page.getByLabel('电子邮箱').fill('qaxahzzf@163.com');
  await page.getByLabel('成文日期').fill('2022-01-20');
  // The preamble follows the metadata until the clerk edits it.
  await expect(page.getByLabel('引言')).toHaveValue(/秦安县人民政府门户网站（http:\/\/www\.qinan\.gov\.cn）/);

  // Section 一: a text box per subsection, named by its title, paragraphs kept as typed.
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL(/\/s1$/);
  const active = '2021年，我镇充分利用政务公开宣传栏主动公开工作动态。\n\n第二段：专人负责更新和报送。';
  await page.getByLabel(narrativeLabel('s1-active')).fill(active);

  // Section 二: nothing to report, all zeros.
  await page.getByRole('link', { name: sectionTitle('s2') }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await expect(page.getByLabel(cellName('t2:regulation:issued'))).toHaveValue('0');

  // Section 三: zeros, then a few figures, and the totals follow.
  await page.getByRole('link', { name: sectionTitle('s3') }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await page.getByLabel(cellName('t3:new:business')).fill('1');
  await page.getByLabel(cellName('t3:open:natural')).fill('3');
  await page.getByLabel(cellName('t3:open:business')).fill('1');
  await expect(page.getByLabel(cellName('t3:new:total'))).toHaveValue('4');
  await expect(page.getByLabel(cellName('t3:outcomes-total:natural'))).toHaveValue('3');
  await expect(page.getByLabel(cellName('t3:outcomes-total:total'))).toHaveValue('4');

  const panel = page.getByRole('complementary', { name: '检查结果' });
  await expect(panel.getByRole('button', { name: /自然人列/ })).toHaveCount(0);

  // Break R3: one more carried forward than came in.
  await page.getByLabel(cellName('t3:carry-forward:natural')).fill('1');
  await expect(page.getByLabel(cellName('t3:new:natural'))).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(cellName('t3:carry-forward:natural'))).toHaveAttribute('aria-invalid', 'true');
  const finding = panel.getByRole('button', { name: /自然人列/ });
  await expect(finding).toBeVisible();
  await expect(page.getByRole('link', { name: sectionTitle('s3') })).toHaveAccessibleDescription(
    /^\d+ 个错误(，\d+ 个提醒)?$/,
  );

  // The finding takes the clerk to the cell, from another step too.
  await page.getByRole('link', { name: '基本信息' }).click();
  await finding.click();
  await expect(page).toHaveURL(/\/s3$/);
  await expect(page.getByLabel(cellName('t3:new:natural'))).toBeFocused();

  // Fix it.
  await page.getByLabel(cellName('t3:carry-forward:natural')).fill('0');
  await expect(finding).toHaveCount(0);
  await expect(page.getByLabel(cellName('t3:new:natural'))).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

  // Reload: the same step, every figure and text as left.
  await page.reload();
  await expect(page).toHaveURL(/\/s3$/);
  await expect(page.getByLabel(cellName('t3:new:natural'))).toHaveValue('3');
  await expect(page.getByLabel(cellName('t3:carry-forward:natural'))).toHaveValue('0');
  await expect(page.getByLabel(cellName('t3:outcomes-total:total'))).toHaveValue('4');
  await page.getByRole('link', { name: sectionTitle('s1') }).click();
  await expect(page.getByLabel(narrativeLabel('s1-active'))).toHaveValue(active);
  await page.getByRole('link', { name: '基本信息' }).click();
  await expect(page.getByLabel('邮政编码')).toHaveValue('741600');
  await expect(page.getByLabel('成文日期')).toHaveValue('2022-01-20');
});

test('reopening the browser at the bare address returns to the report and step left', async ({ page }) => {
  await createReport(page, '阁山镇人民政府', '2022');
  await page.getByRole('link', { name: sectionTitle('s5') }).click();
  // The browser's back and forward move between steps.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/s5$/);
  await page.getByRole('textbox', { name: sectionTitle('s5') }).fill('存在问题：公开内容不够丰富。');
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
  const url = page.url();
  await page.goto('./');
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('textbox', { name: sectionTitle('s5') })).toHaveValue(
    '存在问题：公开内容不够丰富。',
  );
});

test('an edited preamble stays when the metadata changes, until the clerk regenerates it', async ({
  page,
}) => {
  await createReport(page, '甲镇人民政府', '2023');
  const preamble = page.getByLabel('引言');
  await preamble.fill('本报告由甲镇人民政府自行撰写。');
  await page.getByLabel('所属地区/上级政府').fill('乙县');
  await expect(preamble).toHaveValue('本报告由甲镇人民政府自行撰写。');
  await page.getByRole('button', { name: '按基本信息重新生成引言' }).click();
  await page.getByRole('dialog', { name: '重新生成引言' }).getByRole('button', { name: '重新生成' }).click();
  await expect(preamble).toHaveValue(/由甲镇人民政府编制/);
  await page.getByLabel('发布网址').fill('http://www.yixian.gov.cn');
  await expect(preamble).toHaveValue(/乙县人民政府门户网站/);
});

test('a second tab on the same report opens read-only and may take over', async ({ page, context }) => {
  await createReport(page, '丙镇人民政府', '2021');
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('alert').filter({ hasText: '此报告已在另一个窗口中打开' })).toBeVisible();
  await expect(second.getByLabel('联系地址')).toBeDisabled();
  await second.getByRole('button', { name: '在此窗口编辑' }).click();
  await expect(second.getByLabel('联系地址')).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: '此报告已在另一个窗口中打开' })).toBeVisible();
  await expect(page.getByLabel('联系地址')).toBeDisabled();
});

test('a deleted report comes back with 撤销; a copy appears in the list', async ({ page }) => {
  await createReport(page, '丁镇人民政府', '2021');
  await page.getByRole('link', { name: '← 我的报告' }).click();
  const row = page.getByRole('row', { name: /丁镇人民政府/ });
  await expect(row).toContainText('国办公开办函〔2021〕30号');
  await expect(row).toContainText('草稿');
  await row.getByRole('button', { name: '复制' }).click();
  await expect(page.getByRole('row', { name: /丁镇人民政府/ })).toHaveCount(2);
  await page
    .getByRole('row', { name: /丁镇人民政府/ })
    .first()
    .getByRole('button', { name: '删除' })
    .click();
  await page.getByRole('dialog', { name: '删除报告' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('row', { name: /丁镇人民政府/ })).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('row', { name: /丁镇人民政府/ })).toHaveCount(2);
});

test('a report never saved to a draft file carries a backup reminder until one is exported; the list shows 上次备份', async ({
  page,
}) => {
  await createReport(page, '戊镇人民政府', '2021');
  const reminder = page.getByRole('note', { name: '备份提醒' });
  await expect(reminder).toContainText('还没有备份过');
  // The reminder's own button saves the same draft file.
  const first = page.waitForEvent('download');
  await reminder.getByRole('button', { name: '立即备份' }).click();
  expect((await first).suggestedFilename()).toBe('戊镇人民政府2021年报告草稿.json');
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('戊镇人民政府');
  await expect(reminder).toBeHidden();

  await page.getByRole('link', { name: '← 我的报告' }).click();
  const row = page.getByRole('row', { name: /戊镇人民政府/ });
  await expect(row).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}.*\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await expect(row).not.toContainText('从未导出草稿');
  await expect(page.getByRole('columnheader', { name: '上次备份' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(
    /浏览器存储：(已设为持久|可能被清理，请定期导出草稿)/,
  );

  // A fresh report is reminded; the header's 导出草稿 counts as a backup too.
  await page.getByRole('button', { name: '新建', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '新建年度报告' });
  await dialog.getByLabel('机关名称').fill('己镇人民政府');
  await dialog.getByLabel('报告年度').fill('2021');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('己镇人民政府');
  await expect(reminder).toBeVisible();
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  await second;
  await expect(reminder).toBeHidden();
  await page.getByRole('link', { name: '← 我的报告' }).click();
  await expect(page.getByRole('row', { name: /己镇人民政府/ })).not.toContainText('从未导出草稿');
});
