/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

// No request ever leaves the page's origin, and the page says so. 'unsafe-inline' for
// styles only, because React writes inline style attributes. Inserted into the BUILT index.html
// only: the dev server needs an inline React-refresh preamble script that this policy would block.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'nianbao-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The oldest browsers the built app supports. Township offices still run Windows 7, whose last
 * Chrome and Edge are version 109 (and whose last Firefox is ESR 115); 360 and QQ browsers run a
 * Chromium core of that age in their 极速 mode. Vite's default targets start at Chrome 111, and
 * Tailwind writes its colours as oklch(), which Chrome reads from 111 on: on Chrome 109 every
 * colour, the red mark of a cell that breaks a rule included, would be dropped. With these targets
 * the CSS minifier (Lightning CSS) adds an rgb() fallback before each such colour.
 */
export const BROWSER_TARGETS = ['chrome109', 'edge109', 'firefox115', 'safari16'];

export default defineConfig({
  // `base: './'` keeps every asset URL relative, so dist/ works from any static folder or sub-path
  // (an intranet share, a file server, a USB stick served by any web server).
  base: './',
  // Also the CSS target (build.cssTarget defaults to build.target).
  build: { target: BROWSER_TARGETS },
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    // After one visit the app opens and exports with the network off. A generated service
    // worker precaches every built file, fonts and icons included (pitfalls: "a service worker must
    // precache every asset"); nothing is fetched from another origin at run time.
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': a new version never reloads the page under a clerk's fingers; it takes over once
      // every tab of the old one is closed (or when the app accepts the update).
      registerType: 'prompt',
      injectRegister: false,
      // Relative scope and start URL: the worker serves whatever sub-path dist/ is copied under.
      base: './',
      scope: './',
      manifest: {
        name: '政府信息公开工作年度报告',
        short_name: '年度报告',
        description: '填写、核对、审核政府信息公开工作年度报告，并导出 Word 文件；断网也可使用。',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b91c1c',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webp,woff,woff2,ttf,otf,json,webmanifest}'],
        // The docx chunk is large; the default 2 MiB cap would silently leave it out and break
        // 导出 Word offline.
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // No runtime caching of other origins: there must be none to cache (CSP connect-src 'self').
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    // Node by default; a file that needs a DOM starts with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
