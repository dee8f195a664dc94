// A blank page is never the answer (public/boot-check.js): when the app cannot start, for an old
// browser, a dual-core browser in its IE mode or a script that did not load, the page says why in
// Chinese. The failure is made by refusing the app's own script, as a browser that cannot run it
// would; "old" is made by taking away a feature the built app needs.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

async function refuseAppScript(page: Page): Promise<void> {
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
}

test('an app that does not start says so, and that reports kept in the browser are safe', async ({
  page,
}) => {
  await refuseAppScript(page);
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('页面没有正常启动', { timeout: 10_000 });
  await expect(alert).toContainText('请刷新页面');
  await expect(alert).toContainText('已经保存在本浏览器中的报告不会因此丢失');
});

test('an old browser is told which browsers to use and to switch a dual-core one to 极速模式', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // structuredClone arrived with Chrome 98; a browser without it cannot run the app.
    delete (window as { structuredClone?: unknown }).structuredClone;
  });
  await refuseAppScript(page);
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('浏览器版本过旧', { timeout: 10_000 });
  await expect(alert).toContainText('Chrome 或 Edge 109 及以上版本');
  await expect(alert).toContainText('极速模式');
});

test('an app that starts shows no such message, however long the page stays open', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: '新建' })).toBeVisible();
  // The check runs 3 s after load; give it time to run and find the app there.
  await page.waitForTimeout(4000);
  await expect(page.getByText('页面没有正常启动')).toHaveCount(0);
  await expect(page.getByText('浏览器版本过旧')).toHaveCount(0);
});

test('a database that never answers leaves neither a blank window nor a false alarm', async ({ page }) => {
  // Another tab holding the database open can keep every IndexedDB request waiting.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('./');
  await expect(page.getByRole('button', { name: '新建' })).toBeVisible({ timeout: 5000 });
  await expect(page.getByRole('status').filter({ hasText: '正在读取' })).toContainText(
    '请关闭它们后刷新本页',
    { timeout: 10_000 },
  );
  await expect(page.getByText('页面没有正常启动')).toHaveCount(0);
});

/** The CSS outside every `@supports (…) { … }` block: what a browser that supports none of them reads. */
function outsideSupports(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@supports', i);
    if (at < 0) return out + css.slice(i);
    out += css.slice(i, at);
    let depth = 0;
    let j = css.indexOf('{', at);
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

test('the styles keep their colours in Chrome 109: every newer colour syntax has a fallback', async ({
  page,
}) => {
  await page.goto('./');
  const href = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const css = await (await page.request.get(new URL(href ?? '', page.url()).toString())).text();
  // Chrome and Edge 109 (the last on Windows 7) read neither oklch()/lab() colours nor color-mix();
  // outside @supports the built CSS must use none of them, or e.g. the red mark of an invalid
  // cell would not be drawn there.
  const plain = outsideSupports(css);
  expect(plain).toContain('--color-red-600:#');
  for (const newer of ['oklch(', 'oklab(', 'lab(', 'lch(', 'color-mix(']) {
    expect(plain.includes(newer), `${newer} outside @supports`).toBe(false);
  }
});

test('the start screen loads at most 150 KB of JavaScript (gzip), the budget of the initial JS', async ({
  page,
}) => {
  // Every script the start page fetches counts: the entry, its preloaded chunks and whatever the
  // start screen imports lazily as it shows. Each feature beyond it is a chunk of its own.
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.endsWith('.js')) scripts.set(pathname, response.body());
  });
  await page.goto('./', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: '新建' })).toBeVisible();
  let total = 0;
  for (const body of scripts.values()) total += gzipSync(await body, { level: 9 }).length;
  // The page's own entry was fetched: a budget measured over nothing would pass.
  expect([...scripts.keys()].some((p) => /\/assets\/index-[^/]*\.js$/.test(p))).toBe(true);
  expect(total, `${[...scripts.keys()].join(', ')}: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(
    150 * 1024,
  );
});
