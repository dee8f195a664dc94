import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium-launch';

const CI = !!process.env.CI;
// E2E_PORT lets several runs share a machine: each builds into its own folder and serves its own port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_PORT ? `dist-e2e-${PORT}` : 'dist';
const BASE_URL = `http://localhost:${PORT}`;

// Prefer Debian's chromium (installed by `npm test` via apt); Playwright's own browser is the fallback.
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'e2e',
  // Parallel runs on one machine keep their artifacts apart too (each run empties its folder).
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    command: `npm run build -- --outDir ${OUT_DIR} && npx vite preview --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 180_000,
  },
});
