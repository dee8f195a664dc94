import fs from 'node:fs';

/** Debian's chromium, installed by `npm test` with apt; without it, Playwright's own browser. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * How the e2e tests and the bench start Chromium. Without the background-networking flags Chromium
 * keeps calling Google's hosts, which this closed network refuses; --no-sandbox because tests run
 * as root in a container.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  if (!fs.existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
