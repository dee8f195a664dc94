import type { BrowserContext, Page } from '@playwright/test';

/**
 * After one visit, with the service worker holding every built file, the network goes off; any
 * request that would still leave the page's origin is refused and remembered, for the test to
 * check that none was made.
 */
export async function goOffline(page: Page, context: BrowserContext): Promise<string[]> {
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
