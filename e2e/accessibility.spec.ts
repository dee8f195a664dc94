// Every screen a clerk and a supervisor use passes axe-core's WCAG 2.1 A/AA rules: names and labels,
// colour contrast, label-in-name, roles. The journeys cover each screen in the state that shows the
// most: the dialog open, a rule broken with its message under the focused cell, findings listed.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FORMATS } from '../src/template/formats';
import { createReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

const S3 = sectionTitle('s3');

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.target.join(' ') ?? ''}`,
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

test('the start screen and the 新建 dialog pass axe, without and with a report', async ({ page }) => {
  await page.goto('./');
  await expectNoViolations(page, 'the empty start screen');
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByRole('dialog', { name: '新建年度报告' })).toBeVisible();
  await expectNoViolations(page, 'the 新建 dialog');

  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByRole('link', { name: '← 我的报告' }).click();
  await expect(page.getByRole('row', { name: /阁山镇人民政府/ })).toBeVisible();
  await expectNoViolations(page, 'the start screen with a report');
});

test('every editor step passes axe, table 三 with a broken rule and its message shown', async ({ page }) => {
  // Nine full-page scans, on a machine shared with the other tests.
  test.setTimeout(120_000);
  await createReport(page, '阁山镇人民政府', '2025');
  await expectNoViolations(page, '基本信息');
  for (const { title } of FORMATS['format-2021'].sections) {
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expectNoViolations(page, title);
  }

  // The ledger's step with a row of each list, and table 三 following it (read-only figures).
  await page.getByRole('link', { name: '申请台账', exact: true }).click();
  await page.getByRole('button', { name: '添加一条申请' }).click();
  await page.getByRole('button', { name: '添加一件案件' }).click();
  await expect(page.getByLabel('第 1 条 收到日期')).toBeVisible();
  await expectNoViolations(page, '申请台账');
  await page
    .getByRole('group', { name: /的表格与申请台账$/ })
    .getByRole('button', { name: '不使用台账' })
    .click();

  await page.getByRole('link', { name: S3, exact: true }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  const cell = page.getByRole('textbox', { name: cellName('t3:new:natural'), exact: true });
  await cell.fill('3');
  await cell.press('Enter');
  await cell.focus();
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page, `${S3}, with a broken rule and its message shown`);
});

test('the preview and the review panel pass axe', async ({ page }) => {
  // Three full-page scans of the A4 pages, on a machine shared with the other tests.
  test.setTimeout(60_000);
  await createReport(page, '千户镇人民政府', '2020');
  await page.getByRole('link', { name: '预览', exact: true }).click();
  const panel = page.getByRole('region', { name: '审核' });
  await panel.getByRole('button', { name: '提交审核' }).click();
  await expectNoViolations(page, 'the preview with the 提交审核 form');
  await panel.getByRole('button', { name: '确认提交审核' }).click();
  await panel.getByRole('button', { name: '退回修改' }).click();
  await expectNoViolations(page, 'the preview with the 退回修改 form');
  await panel.getByRole('button', { name: '取消' }).click();
  await panel.getByRole('button', { name: '审核通过' }).click();
  await expectNoViolations(page, 'the preview with the 审核通过 form');
});

test('a 1024 px screen, with the findings panel collapsed, passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await createReport(page, '潘庄镇人民政府', '2025');
  await expect(page.getByRole('complementary', { name: '检查结果' }).getByRole('button')).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expectNoViolations(page, '基本信息 at 1024 px');
});
