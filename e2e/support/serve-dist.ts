import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/**
 * Serves the folder playwright.config.ts built for this run from a plain static server of our own,
 * under `prefix`, as a county's intranet server would. `transform` may change a file as served
 * (a new release of sw.js).
 */
export async function serveDist(
  options: {
    readonly prefix?: string;
    readonly transform?: (rel: string, body: Buffer) => Buffer | string;
  } = {},
): Promise<{ readonly origin: string; readonly close: () => void }> {
  const { prefix = '/', transform } = options;
  const port = Number(process.env.E2E_PORT ?? 4173);
  const dist = path.resolve(process.env.E2E_PORT ? `dist-e2e-${port}` : 'dist');
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = pathname.slice(prefix.length) || 'index.html';
    const file = path.join(dist, rel);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(transform ? transform(rel, body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: served } = server.address() as AddressInfo;
  return { origin: `http://localhost:${served}`, close: () => server.close() };
}
