// Offline and intranet: after one visit the app opens, creates a report and exports a
// Word file with the network off; no request ever leaves the page's origin; the built folder
// works from any sub-path of any static server.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveDist } from './support/serve-dist';
import { cellName, sectionTitle } from './support/official-labels';

const NAME = '阁山镇人民政府';
const S3 = sectionTitle('s3');

/** Waits until the service worker has precached everything and is active. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
}

async function createReport(page: Page, name = NAME): Promise<void> {
  await page.getByRole('button', { name: '新建' }).click();
  const dialog = page.getByRole('dialog', { name: '新建年度报告' });
  await dialog.getByLabel('机关名称').fill(name);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

async function exportWord(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const anyway = page.getByRole('button', { name: '仍然导出' });
  // An unfinished report lists its errors first; exporting anyway is the clerk's choice.
  await Promise.race([downloading, anyway.click().catch(() => undefined)]);
  return downloading;
}

test('after one visit the app opens, creates a report and exports Word with the network off', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page itself came from the service worker').toBe(true);
  await expect(page.getByRole('button', { name: '新建' })).toBeVisible();

  await createReport(page);
  await page.getByRole('link', { name: S3 }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('3');
  await expect(page.getByLabel(cellName('t3:new:total'))).toHaveValue('3');

  // The docx builder is a separate chunk loaded on demand: it must come from the cache too.
  const download = await exportWord(page);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(failed).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('offline-editor.png') });
});

test('no request ever leaves the page origin, and the page says so in its CSP', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|\*/);

  // A journey through every part: create, type, preview, export Word, export the draft.
  await createReport(page);
  await page.getByRole('link', { name: S3 }).click();
  await page.getByLabel(cellName('t3:new:natural')).fill('5');
  await page.getByRole('link', { name: '预览' }).click();
  await expect(page.getByText(NAME).first()).toBeVisible();
  await exportWord(page);
  const draft = page.getByRole('button', { name: '导出草稿' }).first();
  if (await draft.isVisible()) {
    const downloading = page.waitForEvent('download');
    await draft.click();
    await downloading;
  }

  const origin = new URL(page.url()).origin;
  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => {
    const u = new URL(url);
    return u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:';
  });
  expect(foreign).toEqual([]);
});

test('the built folder works from a sub-path of a plain static server', async ({ browser }) => {
  const prefix = '/intranet/公开/nianbao/';
  const server = await serveDist({ prefix });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(r.url());
    });
    await page.goto(`${server.origin}${encodeURI(prefix)}`);
    await expect(page.getByRole('button', { name: '新建' })).toBeVisible();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(decodeURI(scope)).toBe(`${server.origin}${prefix}`);
    expect(missing).toEqual([]);
  } finally {
    await context.close();
    server.close();
  }
});
