import { expect, test } from '@playwright/test';
import { serveDist } from './support/serve-dist';

test('the app opens with its heading', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('政府信息公开工作年度报告');
  await expect(page.getByRole('heading', { level: 1, name: '政府信息公开年度报告' })).toBeVisible();
});

test('the first load does not fetch the preview; it is loaded when 预览 is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./');
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建年度报告' });
  await dialog.getByLabel('机关名称').fill('庚镇人民政府');
  await dialog.getByLabel('报告年度').fill('2021');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByLabel('联系电话')).toBeVisible();
  expect(scripts.filter((u) => /report-preview|review-panel/.test(u))).toEqual([]);

  await page.getByRole('link', { name: '预览' }).click();
  await expect(page.getByRole('article', { name: '报告预览' })).toBeVisible();
  expect(scripts.some((u) => /report-preview/.test(u))).toBe(true);
});

test('a waiting new version is offered with 立即更新, which switches to it', async ({ browser }) => {
  // The built folder, served as is except that sw.js can be made to change (a new release).
  let release = 1;
  const server = await serveDist({
    transform: (rel, body) => (rel === 'sw.js' ? `${body.toString('utf8')}\n// release ${release}\n` : body),
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const banner = page.getByRole('status').filter({ hasText: '有新版本可用' });
    await expect(banner).toHaveCount(0);

    release = 2;
    await page.reload();
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: '立即更新' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '政府信息公开年度报告' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null);
    expect(waiting).toBe(false);
  } finally {
    await context.close();
    server.close();
  }
});
