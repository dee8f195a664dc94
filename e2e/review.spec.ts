// The supervisor's side: the A4 preview, printing, and 提交审核 → 审核通过 → edit → 草稿.
import { expect, test, type Page } from '@playwright/test';
import { createReport } from './support/create-report';
import { cellName, narrativeLabel, sectionTitle } from './support/official-labels';

const SECTIONS = [
  sectionTitle('s1'),
  sectionTitle('s2'),
  sectionTitle('s3'),
  sectionTitle('s4'),
  sectionTitle('s5'),
  sectionTitle('s6'),
];

// Journeys of many steps on a machine shared by several builds: give them room.
test.describe.configure({ timeout: 120_000 });

async function fillSomeReport(page: Page) {
  await page.getByLabel('成文日期').fill('2026-01-21');
  await page.getByRole('link', { name: SECTIONS[0] }).click();
  await page.getByLabel(narrativeLabel('s1-active')).fill('本年主动公开信息70条。\n第二段。');
  await page.getByRole('link', { name: SECTIONS[2] }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await page.getByLabel(cellName('t3:new:business')).fill('2');
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
}

test('the preview shows the title, the six sections and the figures, and prints as A4 pages', async ({
  page,
}) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await fillSomeReport(page);
  await page.getByRole('link', { name: '预览' }).click();

  const sheet = page.getByRole('article', { name: '报告预览' });
  await expect(
    sheet.getByRole('heading', { name: '阁山镇人民政府2025年政府信息公开工作年度报告' }),
  ).toBeVisible();
  for (const title of SECTIONS)
    await expect(sheet.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expect(sheet.getByText('本年主动公开信息70条。', { exact: true })).toBeVisible();
  await expect(sheet.getByText('第二段。', { exact: true })).toBeVisible();
  // Typed figures and the computed total (R1), in the merged table drawn from the spec.
  await expect(sheet.getByRole('cell', { name: `${cellName('t3:new:natural')}：3` })).toHaveText('3');
  await expect(sheet.getByRole('cell', { name: `${cellName('t3:new:total')}：5` })).toHaveText('5');
  await expect(sheet.getByText('2026年1月21日')).toBeVisible();

  // A4 pages on screen, each with its page number: odd pages right, even pages left (GB/T 9704).
  const pages = sheet.getByRole('group', { name: /^第 \d+ 页$/ });
  expect(await pages.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/^共 \d+ 页/)).toHaveText(new RegExp(`^共 ${await pages.count()} 页`));
  for (const n of [1, 2]) {
    const box = pages.nth(n - 1);
    await expect(box).toHaveAccessibleName(`第 ${n} 页`);
    const number = box.getByText(`— ${n} —`, { exact: true });
    await expect(number).toBeVisible();
    const [b, p] = [await box.boundingBox(), await number.boundingBox()];
    if (!b || !p) throw new Error('page or page number not laid out');
    // A4 proportions, and the number below the text block on its side of the page.
    expect(b.height / b.width).toBeCloseTo(297 / 210, 2);
    expect(p.y - b.y).toBeGreaterThan((b.height * (297 - 35)) / 297);
    if (n % 2 === 1) expect(p.x).toBeGreaterThan(b.x + b.width / 2);
    else expect(p.x + p.width).toBeLessThan(b.x + b.width / 2);
  }
  // Table 三 runs over a page: its header rows are repeated on the next page.
  const corner = sheet.getByRole('columnheader', { name: /^（本列数据的勾稽关系为/ });
  expect(await corner.count()).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: test.info().outputPath('preview-pages.png'), fullPage: true });

  // Real size: 210 mm wide at 100 %; the zoom control scales it.
  await page.getByLabel('缩放比例').selectOption('100');
  const width = async () => (await sheet.boundingBox())?.width ?? 0;
  expect(Math.round(await width())).toBe(Math.round((210 / 25.4) * 96));
  await page.getByRole('button', { name: '放大' }).click();
  expect(Math.round(await width())).toBe(Math.round((210 / 25.4) * 96 * 1.25));
  await page.getByLabel('缩放比例').selectOption('50');
  expect(Math.round(await width())).toBe(Math.round((210 / 25.4) * 96 * 0.5));

  // The banner counts the findings; each takes the clerk to its place in the editor.
  const banner = page.getByRole('region', { name: '检查结果' });
  await expect(banner.getByRole('status')).toHaveText(/错误 [1-9]\d* 处，提醒 \d+ 处/);
  // A list of more than eight findings starts folded.
  if ((await banner.getByRole('group').getAttribute('open')) === null) {
    await banner.getByText(/^查看全部 \d+ 条$/).click();
  }
  await banner
    .getByRole('link', { name: /自然人列/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/s3$/);
  await page.getByRole('link', { name: '预览' }).click();

  // Printing: only the report, on A4 pages with the GB/T 9704 margins.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('group', { name: '缩放' })).toBeHidden();
  await expect(page.getByRole('link', { name: SECTIONS[0] })).toBeHidden();
  await expect(sheet.getByRole('heading', { name: SECTIONS[5], exact: true })).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  // The printout has the pages of the screen, one sheet per page box.
  expect(boxes.length).toBe(await pages.count());
  for (const [, w, h] of boxes) {
    // A4 is 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels.
    expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5);
    expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);
  }
});

test('submit → approve with name and date → an edit takes the report back to 草稿', async ({ page }) => {
  await createReport(page, '潘庄镇人民政府', '2025');
  await page.getByRole('link', { name: '预览' }).click();
  const panel = page.getByRole('region', { name: '审核' });
  await expect(panel.getByText('当前状态：草稿')).toBeVisible();

  await panel.getByRole('button', { name: '提交审核' }).click();
  await panel.getByRole('textbox', { name: '提交人姓名', exact: true }).fill('张秘书');
  await panel.getByRole('button', { name: '确认提交审核' }).click();
  await expect(panel.getByText('当前状态：待审核')).toBeVisible();
  await expect(panel.getByText(/提交人：张秘书，提交时间：\d{4}年\d+月\d+日/)).toBeVisible();
  await panel.getByRole('button', { name: '审核通过' }).click();
  await panel.getByRole('button', { name: '确认审核通过' }).click();
  await expect(panel.getByRole('alert')).toHaveText('请填写审核人姓名');
  await panel.getByLabel('审核人姓名').fill('李主任');
  await panel.getByRole('button', { name: '确认审核通过' }).click();
  await expect(panel.getByText('当前状态：已审核')).toBeVisible();
  await expect(panel.getByText(/审核人：李主任，审核时间：\d{4}年\d+月\d+日/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

  // The start screen shows the status.
  await page.getByRole('link', { name: '← 我的报告' }).click();
  const row = page.getByRole('row', { name: /潘庄镇人民政府/ });
  await expect(row.getByRole('cell', { name: '已审核' })).toBeVisible();
  await row.getByRole('link', { name: '打开' }).click();

  await page.getByRole('link', { name: sectionTitle('s5') }).click();
  await page.getByRole('textbox', { name: sectionTitle('s5') }).fill('公开内容还不够丰富。');
  await expect(page.getByText(/报告已回到“草稿”状态/)).toBeVisible();
  await page.getByRole('link', { name: '预览' }).click();
  await expect(panel.getByText('当前状态：草稿')).toBeVisible();
  await panel.getByText(/审核记录/).click();
  await expect(panel.getByRole('list', { name: '审核记录' })).toContainText('审核通过后报告被修改');
  await expect(panel.getByRole('list', { name: '审核记录' })).toContainText('待审核 · 张秘书 · 提交审核');
});

test('a returned report shows the comments at their sections, marked in the step list; the resubmission shows what changed', async ({
  page,
}) => {
  await createReport(page, '千户镇人民政府', '2025');
  await page.getByRole('link', { name: '预览' }).click();
  const panel = page.getByRole('region', { name: '审核' });
  await panel.getByRole('button', { name: '提交审核' }).click();
  await panel.getByRole('button', { name: '确认提交审核' }).click();
  await panel.getByRole('button', { name: '退回修改' }).click();
  await panel.getByLabel('审核人姓名').fill('王书记');
  await panel.getByLabel('第 1 条意见所在部分').selectOption({ label: SECTIONS[4] });
  await panel.getByLabel('第 1 条修改意见').fill('问题写得太笼统，请写具体。');
  await panel.getByRole('button', { name: '确认退回修改' }).click();
  await expect(panel.getByText('当前状态：退回修改')).toBeVisible();

  // The step list marks the step to revisit; the comment list leads to it.
  const steps = page.getByRole('navigation', { name: '填报步骤' });
  await expect(
    steps.getByRole('link', { name: `${SECTIONS[4]} （1 条待处理意见）`, exact: true }),
  ).toBeVisible();
  await expect(steps.getByRole('link', { name: SECTIONS[0], exact: true })).toBeVisible();
  await panel.getByRole('list', { name: '审核意见' }).getByRole('link', { name: SECTIONS[4] }).click();
  await expect(page).toHaveURL(/\/s5$/);
  const note = page.getByRole('complementary', { name: '审核意见' });
  await expect(note).toContainText('问题写得太笼统，请写具体。');
  await expect(note).toContainText('王书记');

  // The clerk rewrites 五, changes a figure, marks the comment done: it stays, struck through.
  await page
    .getByRole('textbox', { name: SECTIONS[4] })
    .fill('公开内容还不够丰富。\n改进措施：每月更新公开目录。');
  await note.getByRole('button', { name: '标记为已修改' }).click();
  await expect(note.locator('s')).toHaveText('问题写得太笼统，请写具体。');
  await expect(steps.getByRole('link', { name: SECTIONS[4], exact: true })).toBeVisible();
  await steps.getByRole('link', { name: SECTIONS[2], exact: true }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await page.getByLabel(cellName('t3:new:natural')).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
  await steps.getByRole('link', { name: SECTIONS[0], exact: true }).click();
  await expect(page.getByRole('complementary', { name: '审核意见' })).toHaveCount(0);
  await steps.getByRole('link', { name: '预览' }).click();
  await panel.getByRole('button', { name: '提交审核' }).click();
  await panel.getByRole('button', { name: '确认提交审核' }).click();
  await expect(panel.getByText('当前状态：待审核')).toBeVisible();

  // The supervisor sees what changed since the return, marked, with a legend.
  const legend = page.getByRole('complementary', { name: '自上次审核后的修改' });
  await expect(legend).toContainText('自上次审核后已修改');
  await expect(legend).toContainText('1 个单元格，2 段文字');
  const sheet = page.getByRole('article', { name: '报告预览' });
  const cell = sheet.getByRole('cell', { name: `${cellName('t3:new:natural')}：3` });
  await expect(cell).toHaveAccessibleDescription('自上次审核后已修改');
  await expect(sheet.getByText('改进措施：每月更新公开目录。', { exact: true })).toHaveAccessibleDescription(
    '自上次审核后已修改',
  );
  await expect(
    sheet.getByRole('cell', { name: `${cellName('t3:new:business')}：未填` }),
  ).not.toHaveAccessibleDescription('自上次审核后已修改');
  await expect(panel.getByRole('list', { name: '审核意见' }).locator('s')).toHaveText(
    '问题写得太笼统，请写具体。',
  );
  await page.screenshot({ path: test.info().outputPath('changes-since-review.png') });

  // The decision files the done comment away and clears the marks.
  await panel.getByRole('button', { name: '审核通过' }).click();
  await panel.getByLabel('审核人姓名').fill('王书记');
  await panel.getByRole('button', { name: '确认审核通过' }).click();
  await expect(panel.getByText('当前状态：已审核')).toBeVisible();
  await expect(legend).toHaveCount(0);
  await expect(panel.getByRole('list', { name: '审核意见' })).toHaveCount(0);
  await expect(panel.getByText('以往审核中已修改的意见（1 条）')).toBeVisible();
});
