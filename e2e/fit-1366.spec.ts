// Tables 三 and 四 fit a 1366 × 768 screen with the findings panel as it first shows: 总计 is in
// sight with no sideways scrolling (issue 13).
import { expect, test } from '@playwright/test';
import { createReport } from './support/create-report';

test.use({ viewport: { width: 1366, height: 768 } });

const TABLES = [
  { step: '三、收到和处理政府信息公开申请情况', cell: '一、本年新收政府信息公开申请数量 / 总计' },
  { step: '四、政府信息公开行政复议、行政诉讼情况', cell: /复议后起诉 \/ 总计$/ },
] as const;

test('tables 三 and 四 show 总计 at 1366 × 768 without scrolling sideways', async ({ page }, info) => {
  test.setTimeout(60_000);
  await createReport(page, '阁山镇人民政府', '2025');
  for (const { step, cell } of TABLES) {
    await page.getByRole('link', { name: step, exact: true }).click();
    const total = page.getByRole('textbox', { name: cell }).first();
    await expect(total).toBeInViewport();
    const table = page.getByRole('table').first();
    const scroller = table.locator('xpath=..');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const box = await total.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: info.outputPath(`${step.slice(0, 1)}.png`) });
  }
});
