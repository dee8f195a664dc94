import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

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
  const port = Number(process.env.E2E_PORT ?? 4173);
  const dist = path.resolve(process.env.E2E_PORT ? `dist-e2e-${port}` : 'dist');
  let release = 1;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
    '.webmanifest': 'application/manifest+json',
  };
  const server = http.createServer((req, res) => {
    const rel = new URL(req.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file, rel === 'sw.js' ? 'utf8' : undefined);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(rel === 'sw.js' ? `${String(body)}\n// release ${release}\n` : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: swPort } = server.address() as AddressInfo;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://localhost:${swPort}/`);
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
