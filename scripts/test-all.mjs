#!/usr/bin/env node
// The single test command (`npm test`): makes sure a browser is there, then runs typecheck, lint,
// the format check, knip (unused code), the label check (when ../shared/tools/check-labels.mjs
// exists), unit tests and e2e tests in sequence, stopping at the first failure with its exit
// code. Dependency-free Node ESM.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const LABELS_TOOL = path.resolve(ROOT, '../shared/tools/check-labels.mjs');
const isWindows = process.platform === 'win32';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const header = (title) => console.log(`\n==== ${title} ${'='.repeat(Math.max(4, 72 - title.length))}`);

/** Runs a command with inherited stdio; returns its exit code (signals count as failures). */
function run(cmd, args, opts = {}) {
  const quote = (a) => (/[\s&|;'"]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a);
  console.log(`$ ${[cmd, ...args].map(quote).join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: isWindows, ...opts });
  if (r.error) {
    console.error(`cannot run ${cmd}: ${r.error.message}`);
    return 127;
  }
  if (r.signal) {
    console.error(`${cmd} was killed by ${r.signal}`);
    return 1;
  }
  return r.status ?? 1;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function playwrightBrowserPath() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** Step 0: a browser for the e2e tests. Returns an exit code. */
async function ensureBrowser() {
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const canApt = !isWindows && isRoot && hasCommand('apt-get');

  if (fs.existsSync(SYSTEM_CHROMIUM)) {
    console.log(`using ${SYSTEM_CHROMIUM}`);
    // Chinese text renders as boxes without CJK fonts; only matters for screenshots, so not fatal.
    const fontsOk =
      !hasCommand('dpkg') || spawnSync('dpkg', ['-s', 'fonts-noto-cjk'], { stdio: 'ignore' }).status === 0;
    if (!fontsOk && canApt) {
      console.log('fonts-noto-cjk is missing; installing it with apt-get (Chinese text in screenshots)');
      if (run('sh', ['-c', 'apt-get update && apt-get install -y fonts-noto-cjk'], { env: aptEnv }) !== 0) {
        console.warn('warning: could not install fonts-noto-cjk; continuing');
      }
    }
    return 0;
  }

  if (canApt) {
    console.log(`${SYSTEM_CHROMIUM} not found; installing Debian chromium and CJK fonts with apt-get:`);
    const code = run('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], {
      env: aptEnv,
    });
    if (code === 0 && fs.existsSync(SYSTEM_CHROMIUM)) return 0;
    console.warn(
      `apt-get did not provide ${SYSTEM_CHROMIUM} (exit ${code}); looking for Playwright's browser`,
    );
  }

  const bundled = await playwrightBrowserPath();
  if (bundled) {
    console.log(`using Playwright's browser at ${bundled}`);
    return 0;
  }

  console.error(
    [
      '',
      '找不到用于端到端测试的浏览器。请任选其一：',
      '  • Debian/Ubuntu（root）：apt-get update && apt-get install -y chromium fonts-noto-cjk',
      '  • 其他系统：npx playwright install chromium',
      '然后重新运行 npm test。',
      '',
      'No browser found for the end-to-end tests. Either:',
      '  • on Debian/Ubuntu as root: apt-get update && apt-get install -y chromium fonts-noto-cjk',
      "  • elsewhere: npx playwright install chromium (Playwright's own browser)",
      'then run npm test again.',
      '',
    ].join('\n'),
  );
  return 1;
}

/**
 * Step 0b: LibreOffice and poppler, with which e2e/word-pages.spec.ts converts the exported .docx
 * to PDF and counts its pages. Installed with apt when missing (as root); without them that test is
 * skipped, never failed, so a machine without apt still runs everything else.
 */
async function ensureDocumentTools() {
  const missing = ['soffice', 'pdfinfo', 'pdftoppm'].filter((c) => !hasCommand(c));
  if (missing.length === 0) {
    console.log('using LibreOffice and poppler-utils');
    return 0;
  }
  if (!isWindows && isRoot && hasCommand('apt-get')) {
    console.log(
      `${missing.join(', ')} not found; installing LibreOffice Writer and poppler-utils with apt-get:`,
    );
    const code = run(
      'sh',
      [
        '-c',
        'apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-noto-cjk',
      ],
      { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    if (code === 0) return 0;
    console.warn(`warning: apt-get failed (exit ${code}); the Word page-count test will be skipped`);
    return 0;
  }
  console.warn(
    `warning: ${missing.join(', ')} not found; the Word page-count test (e2e/word-pages.spec.ts) will be skipped.` +
      ' Install libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk to run it.',
  );
  return 0;
}

const steps = [
  { name: 'browser', fn: ensureBrowser },
  { name: 'document tools', fn: ensureDocumentTools },
  { name: 'lock', cmd: ['node', 'scripts/check-lock.mjs'] },
  { name: 'typecheck', cmd: ['npm', 'run', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', 'lint'] },
  // Formatting drifts unseen otherwise (eslint does not check it).
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  // Unused files, exports and dependencies fail the build (knip.json says what is an entry).
  { name: 'unused (knip)', cmd: ['npx', 'knip'] },
  { name: 'labels', cmd: ['node', LABELS_TOOL, '.'], when: () => fs.existsSync(LABELS_TOOL) },
  { name: 'unit (vitest)', cmd: ['npx', 'vitest', 'run'] },
  { name: 'e2e (playwright)', cmd: ['npx', 'playwright', 'test'] },
];

const started = Date.now();
let passed = 0;
let failed = 0;
let exitCode = 0;
const timings = [];

for (const step of steps) {
  if (step.when && !step.when()) continue; // skipped silently
  header(step.name);
  const t0 = Date.now();
  const code = step.fn ? await step.fn() : run(step.cmd[0], step.cmd.slice(1));
  const took = Date.now() - t0;
  timings.push(`${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds(took)}`);
  if (code === 0) {
    passed += 1;
  } else {
    failed += 1;
    exitCode = code;
    break;
  }
}

header('summary');
for (const line of timings) console.log(`  ${line}`);
console.log(`  total ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
