// Writing the text sections (issue 13): the year 新建 offers, last year's section 五 beside this
// year's, text boxes that grow with their text.
import { expect, test, type Page } from '@playwright/test';
import { createReport } from './support/create-report';

const S5 = '五、存在的主要问题及改进情况';

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
}

test('in December the year 新建 offers is the year now ending', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-02T09:00:00+08:00') });
  await page.goto('./');
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建年度报告' });
  await expect(dialog.getByLabel('报告年度')).toHaveValue('2026');
  await expect(dialog).toContainText('国办公开办函〔2021〕30号');
});

test("section 五 grows with its text, and next year shows last year's 五 beside it, read-only", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await createReport(page, '千户镇人民政府', '2024');
  await page.getByRole('link', { name: S5, exact: true }).click();
  const box = page.getByRole('textbox', { name: S5 });
  const empty = (await box.boundingBox())?.height ?? 0;
  const LAST = Array.from({ length: 20 }, (_, i) => `${i + 1}. 公开栏更新不及时，第${i + 1}项问题。`).join(
    '\n',
  );
  await box.fill(LAST);
  const full = (await box.boundingBox())?.height ?? 0;
  expect(full, 'the box grows with twenty lines of text').toBeGreaterThan(empty + 100);
  // No scroll bar inside the box: all its text is in view as the page scrolls.
  expect(await box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await saved(page);

  await page.getByRole('link', { name: '← 我的报告' }).click();
  await page
    .getByRole('row', { name: /千户镇人民政府.*2024/ })
    .getByRole('button', { name: '新建下一年度报告' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '千户镇人民政府2025年政府信息公开工作年度报告',
  );
  await page.getByRole('link', { name: S5, exact: true }).click();
  const last = page.getByRole('region', { name: `2024年度报告的“${S5}”（只读）` });
  await expect(last).toContainText('20. 公开栏更新不及时，第20项问题。');
  // Read-only: text to read, not a field.
  await expect(last.getByRole('textbox')).toHaveCount(0);
});
