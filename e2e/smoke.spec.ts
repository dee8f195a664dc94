import { expect, test } from '@playwright/test';

test('the app opens with its heading', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('政府信息公开工作年度报告');
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开年度报告' })).toBeVisible();
});
