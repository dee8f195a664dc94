// 审查汇总 (issue 14): a county officer drops a mixed folder of townships' reports over years onto
// the desk, offline, and sees each report with its problems, the 结转 break between years, the
// copied paragraph, the roll-up, and the Excel file.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { deskFiles } from './support/desk-files';

/**
 * After one visit, with the service worker holding every built file, the network goes off; any
 * request that would still leave the page's origin is refused and remembered.
 */
async function goOffline(page: Page, context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route(
    (url) => url.origin !== new URL(page.url()).origin,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
  await context.setOffline(true);
  await page.reload();
  return outside;
}

test.describe.configure({ timeout: 180_000 });

test('a mixed folder of reports is read in a worker and listed, offline', async ({ page, context }) => {
  await page.goto('/');
  const outside = await goOffline(page, context);
  await page.getByRole('link', { name: '审查汇总' }).click();
  await expect(page.getByRole('heading', { name: '审查汇总', level: 1 })).toBeVisible();

  await page.getByLabel('添加报告文件').setInputFiles(await deskFiles());
  await expect(page.getByRole('status').filter({ hasText: '已添加 7 份报告；1 个文件未能读取' })).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  const unreadable = page.getByRole('region', { name: '未能读取的文件' });
  await expect(unreadable).toContainText('损坏的报告.docx');

  const table = page.getByRole('table', { name: '报告列表' });
  await expect(table.getByRole('row')).toHaveCount(1 + 7);
  const geshan2024 = table.getByRole('row').filter({ hasText: '阁山镇2024年报.docx' });
  await expect(geshan2024.getByRole('rowheader')).toHaveText('阁山镇人民政府');
  await expect(geshan2024.getByRole('cell').nth(0)).toHaveText('2024');
  // the same office and year as a Word file and as its web page: counted once
  await expect(table.getByRole('row').filter({ hasText: '重复' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: '千湖镇2021.txt' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '溪南镇2024.json' })).toBeVisible();

  // a row opens the report: its findings and the tables read-only
  await geshan2024.getByRole('button', { name: /^查看/ }).click();
  await expect(page.getByRole('region', { name: '本报告的问题' })).toBeVisible();
  await expect(page.getByRole('region', { name: '跨报告的问题' })).toContainText('上年结转');
  await page.getByRole('button', { name: '返回报告列表' }).click();

  // kept in the desk's own store: still there after a reload
  await page.reload();
  await expect(page.getByRole('table', { name: '报告列表' }).getByRole('row')).toHaveCount(1 + 7);
  expect(outside).toEqual([]);
});
