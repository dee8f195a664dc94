import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * A second person's computer in a journey: a browser context of its own (its own storage), set up
 * as the project's pages are, so the clerk and the supervisor exchange files, never storage.
 */
export async function newComputer(
  browser: Browser,
  viewport?: { readonly width: number; readonly height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL } = test.info().project.use;
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    ...(viewport ? { viewport } : {}),
  });
  return { context, page: await context.newPage() };
}
