// Habits from Word: Ctrl+S confirms the autosave instead of the browser's 另存为网页, and Ctrl+P
// anywhere in a report prints the preview's A4 pages, never the editor's screen.
import { expect, test } from '@playwright/test';
import { createReport } from './support/create-report';

test('Ctrl+S confirms 已自动保存 with the time; Ctrl+P prints the preview pages', async ({ page }) => {
  // Record what the page looks like when it asks to print, instead of opening the print dialog.
  await page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed?: number }).__printed = document.querySelectorAll('.rp-page').length;
    };
  });
  await createReport(page, '阁山镇人民政府', '2021');
  await page.getByLabel('机关名称').click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^已自动保存（\d\d:\d\d:\d\d）/ })).toBeVisible();

  await page.keyboard.press('Control+p');
  await expect(page).toHaveURL(/preview/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBeGreaterThan(1);
  // Printed, only the pages show: the editor's header and step list are hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '导出 Word' })).toBeHidden();
  await expect(page.locator('.rp-page').first()).toBeVisible();
});
