import { expect, type Page } from '@playwright/test';

/**
 * 新建 → 机关名称, 报告年度 → 创建, as a clerk does it; waits for the editor's address. For a name
 * the app cleans (invisible characters), whose title differs from what was typed.
 */
export async function openNewReport(page: Page, name: string, year: string): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建年度报告' });
  await dialog.getByLabel('机关名称').fill(name);
  await dialog.getByLabel('报告年度').fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/r\//);
}

/** Like openNewReport, and waits for the editor's title. */
export async function createReport(page: Page, name: string, year: string): Promise<void> {
  await openNewReport(page, name, year);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${name}${year}年政府信息公开工作年度报告`,
  );
}
