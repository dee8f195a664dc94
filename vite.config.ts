/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// `base: './'` keeps every asset URL relative, so dist/ works from any static folder or sub-path
// (an intranet share, a file server, a USB stick served by any web server).
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  test: {
    // Node by default; a file that needs a DOM starts with `// @vitest-environment jsdom`.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
});
