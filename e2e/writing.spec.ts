// Writing the text sections: the year 新建 offers, last year's section 五 beside this
// year's, text boxes that grow with their text.
import { expect, test, type Page } from '@playwright/test';
import { createReport } from './support/create-report';
import { cellName, narrativeLabel, sectionTitle } from './support/official-labels';

const S5 = sectionTitle('s5');

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

test('下一步, 上一步 and the step links open each step at its heading, focused', async ({ page }) => {
  const S3 = sectionTitle('s3');
  const S4 = sectionTitle('s4');
  await createReport(page, '阁山镇人民政府', '2025');
  const main = page.getByRole('main');
  const atTop = async (title: string) => {
    const heading = page.getByRole('heading', { level: 2, name: title });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    expect(await main.evaluate((el) => el.scrollTop)).toBe(0);
  };

  await page.getByRole('link', { name: S3, exact: true }).click();
  await atTop(S3);
  // At the foot of the long table, 下一步 opens 四 at its top, not at the same depth.
  await page.getByRole('button', { name: '下一步' }).scrollIntoViewIfNeeded();
  expect(await main.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.getByRole('button', { name: '下一步' }).click();
  await atTop(S4);
  await page.getByRole('button', { name: '上一步' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: '上一步' }).click();
  await atTop(S3);
});

test('a narrative that contradicts table 三 names its box and phrase, and opens it with the phrase selected; one slip in table 三 is one finding', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const S1 = sectionTitle('s1');
  const S3 = sectionTitle('s3');
  const BOX = narrativeLabel('s1-request');
  const PHRASE = '收到依申请公开0件';
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByRole('link', { name: S1, exact: true }).click();
  const box = page.getByRole('textbox', { name: BOX });
  await box.fill(`本年度我镇严格依法办理申请。本年共${PHRASE}。`);
  await page.getByRole('link', { name: S3, exact: true }).click();
  await page.getByRole('button', { name: '未填单元格填 0' }).click();
  const cell = page.getByRole('textbox', { name: cellName('t3:new:natural'), exact: true });
  await cell.fill('3');
  await cell.press('Enter');

  const panel = page.getByRole('complementary', { name: '检查结果' });
  // One slip (自然人 column unbalanced): one R3 finding, not another for 总计.
  await expect(panel.getByRole('button', { name: /^错误：\s*自然人列：/ })).toHaveCount(1);
  await expect(panel.getByRole('button', { name: /^错误：\s*总计列：/ })).toHaveCount(0);

  const warning = panel.getByRole('button', { name: `${BOX}中“${PHRASE}”与第三部分表格不一致` });
  await expect(warning).toHaveCount(1);
  await warning.click();
  await expect(page.getByRole('heading', { level: 2, name: S1 })).toBeVisible();
  await expect(box).toBeFocused();
  expect(
    await box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
  ).toBe(PHRASE);
});
