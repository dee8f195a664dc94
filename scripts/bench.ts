// `npm run bench`: builds the production app, serves it, drives Debian Chromium through a
// clerk's journey and prints each figure beside its budget. It is a measuring script, not a test:
// it prints MISSED beside a budget not met and then exits 1, as it does when a measure cannot finish,
// so a run that misses a budget cannot pass for a good one. Labels come from the spec (src/template),
// the only place they are written.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium-launch';
import { deskBenchFiles } from '../e2e/support/desk-files';
import { READ_MEASURE } from '../src/features/import/read-in-worker';
import { largePortalPage, largeReportDocx } from '../src/report/import/fixtures/large-reports';
import { formatForYear } from '../src/template/format-for-year';
import type { FormatSpec } from '../src/template/spec-types';
import { cellLabel, formatCells, type CellSpec } from '../src/template/table-cells';

const PORT = Number(process.env.BENCH_PORT ?? 4305);
const OUT_DIR = `dist-e2e-bench-${PORT}`; // git-ignored (dist-e2e-*), so Tailwind does not scan it
const BASE = `http://localhost:${PORT}/`;
const CPU_SLOWDOWN = 4;
const KEYSTROKE_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);

interface Figure {
  readonly name: string;
  readonly value: string;
  readonly budget?: string;
  readonly met?: boolean;
}
const figures: Figure[] = [];
function report(name: string, value: string, budget?: { text: string; met: boolean }) {
  figures.push({ name, value, budget: budget?.text, met: budget?.met });
  const verdict = budget ? (budget.met ? 'ok' : 'MISSED') : '';
  console.log(`  ${name.padEnd(40)} ${value.padStart(14)}   ${(budget?.text ?? '').padEnd(14)} ${verdict}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

function build(): void {
  console.log(`Building the production app into ${OUT_DIR}/ …`);
  // BENCH_MINIFY=false keeps function names readable in a BENCH_PROFILE (sizes then read high).
  const minify = process.env.BENCH_MINIFY === 'false' ? ['--minify', 'false'] : [];
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'warn', ...minify],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('vite build failed');
}

async function serve(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', OUT_DIR],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The page's own instruments: keystroke → total, long tasks, IndexedDB write times. */
function instrument(): void {
  const w = window as unknown as { __bench: BenchState };
  interface BenchState {
    pending: number | null;
    /** Long tasks that started before this (the step's mounting) are not counted. */
    since: number;
    samples: number[];
    longTasks: number[];
    writes: number[];
    watch: (el: HTMLInputElement) => void;
  }
  const state: BenchState = {
    pending: null,
    since: 0,
    samples: [],
    longTasks: [],
    writes: [],
    watch(el) {
      // React writes a controlled input's value through the `value` setter (its value tracker sits
      // on the instance); wrapping that setter sees the exact moment the total changes in the DOM.
      const desc =
        Object.getOwnPropertyDescriptor(el, 'value') ??
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      if (!desc?.set || !desc.get) return;
      const { get, set } = desc;
      Object.defineProperty(el, 'value', {
        configurable: true,
        get() {
          return get.call(this);
        },
        set(v: string) {
          set.call(this, v);
          if (state.pending !== null) {
            state.samples.push(performance.now() - state.pending);
            state.pending = null;
          }
        },
      });
    },
  };
  w.__bench = state;
  window.addEventListener('input', () => (state.pending = performance.now()), { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= state.since) state.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const t0 = performance.now();
    this.transaction.addEventListener('complete', () => state.writes.push(performance.now() - t0));
    return put.apply(this, args);
  };
}

/** Creates a report with the default year the dialog offers, and returns that year. */
async function createReport(page: Page): Promise<number> {
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByRole('textbox', { name: '机关名称' }).fill('测试镇人民政府');
  const year = Number(await page.getByRole('textbox', { name: '报告年度' }).inputValue());
  await page.getByRole('button', { name: '创建' }).click();
  return year;
}

async function openStep(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
}

async function fillFullReport(page: Page, format: FormatSpec): Promise<number> {
  const cells = [...formatCells(format).values()].filter((c) => !c.computed);
  let filled = 0;
  for (const section of format.sections) {
    await openStep(page, section.title);
    for (const area of await page.locator('main textarea').all()) {
      await area.fill('本年度，我镇认真贯彻落实政府信息公开条例，公开工作有序开展。'.repeat(20));
    }
    for (const cell of cells.filter((c) => section.table?.id === c.tableId)) {
      const box = page.getByRole('textbox', { name: cellLabel(cell), exact: true });
      if ((await box.count()) !== 1) continue;
      await box.fill(cell.kind === 'amount-with-unit' ? '0万元' : '0');
      filled++;
    }
  }
  return filled;
}

async function measureKeystrokes(page: Page, cdp: CDPSession, format: FormatSpec, rate: number) {
  const cells = [...formatCells(format).values()];
  const total = cells.find((c) => c.computed && c.tableId === 't3' && c.rowId === 'new');
  const inputs = cells.filter((c) => !c.computed && c.tableId === 't3' && c.rowId === 'new').slice(0, 3);
  if (!total || inputs.length === 0) throw new Error('table 三 has no new-applications row');
  const section = format.sections.find((s) => s.table?.id === 't3');
  if (section) await openStep(page, section.title);
  const totalBox = page.getByRole('textbox', { name: cellLabel(total), exact: true });
  // Let the step's own mounting finish (and its long tasks be reported) before measuring.
  await page.waitForTimeout(1000);
  // Every keystroke below changes the row total: 0 → 1 → 12 → … → 12345 → … → 1 → 0. The cells
  // are found before the slowdown and before long tasks are counted: Playwright's own role
  // queries (~80 ms at 4×) were otherwise measured as the app's.
  const boxes = await Promise.all(
    inputs.map((cell) =>
      page.getByRole('textbox', { name: cellLabel(cell as CellSpec), exact: true }).elementHandle(),
    ),
  );
  await totalBox.evaluate((el) =>
    (window as unknown as { __bench: { watch: (e: Element) => void } }).__bench.watch(el),
  );
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { samples: number[]; longTasks: number[]; since: number } })
      .__bench;
    b.samples.length = 0;
    b.longTasks.length = 0;
    b.since = performance.now();
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // Profiles and traces cover the slowed-down pass only.
  const slowed = rate !== 1;
  // BENCH_PROFILE=/tmp/x.cpuprofile saves a CPU profile of the typing, to open in DevTools.
  const profile = slowed ? process.env.BENCH_PROFILE : undefined;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // BENCH_TRACE=/tmp/x.json saves a Chrome trace of the typing (tasks, style, layout, paint), to open
  // in DevTools' Performance panel: a CPU profile alone puts style and layout under "(program)".
  const trace = slowed ? process.env.BENCH_TRACE : undefined;
  if (trace) {
    await page
      .context()
      .browser()
      ?.startTracing(page, {
        path: trace,
        // …timeline.stack and …invalidationTracking say what forced a layout and what dirtied it.
        // BENCH_TRACE_CATEGORIES (comma-separated) records less, and so slows the tasks less.
        categories: process.env.BENCH_TRACE_CATEGORIES?.split(',') ?? [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.stack',
          'disabled-by-default-devtools.timeline.invalidationTracking',
          'toplevel',
          'blink.user_timing',
        ],
      });
  }
  let keystrokes = 0;
  const sampleCount = () =>
    page.evaluate(() => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length);
  const press = async (key: string) => {
    const before = await sampleCount();
    keystrokes++;
    await page.keyboard.press(key);
    await page
      .waitForFunction(
        (n) => (window as unknown as { __bench: { samples: number[] } }).__bench.samples.length > n,
        before,
        { timeout: 3000, polling: 'raf' },
      )
      .catch(() => undefined);
  };
  for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
    for (const box of boxes) {
      await box?.evaluate((el: HTMLInputElement) => {
        el.focus();
        el.select();
      });
      for (const d of '12345') await press(d);
      for (let i = 0; i < 4; i++) await press('Backspace');
      await box?.evaluate((el: HTMLInputElement) => el.select());
      await press('0');
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (trace) {
    await page.context().browser()?.stopTracing();
    console.log(`      (trace of the typing written to ${trace})`);
  }
  if (profile) {
    const { profile: data } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    fs.writeFileSync(profile, JSON.stringify(data));
    console.log(`      (CPU profile of the typing written to ${profile})`);
  }
  const { samples, longTasks } = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { samples: number[]; longTasks: number[] } }).__bench;
    return { samples: [...b.samples], longTasks: [...b.longTasks] };
  });
  return { samples: samples.sort((a, b) => a - b), longTasks, keystrokes };
}

async function run(browser: Browser): Promise<void> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    // A first visit as the clerk makes it; the service worker would add its precache traffic.
    serviceWorkers: 'block',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);

  // 1. What the first page load fetches.
  const fetched = new Set<string>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(BASE).origin) fetched.add(url.pathname);
  });
  await page.goto(BASE, { waitUntil: 'networkidle' });
  const initial = [...fetched];
  const sizeOf = (ext: string) =>
    initial
      .filter((p) => p.endsWith(ext))
      .map((p) => path.join(OUT_DIR, decodeURIComponent(p)))
      .filter((f) => fs.existsSync(f))
      .reduce((sum, f) => sum + gzipSize(f), 0);
  const js = sizeOf('.js');
  const css = sizeOf('.css');
  const lazyJs = fs
    .readdirSync(path.join(OUT_DIR, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.includes(`/assets/${f}`));
  console.log('\nFigures (production build, Debian Chromium headless)\n');
  report('initial JS (gzip)', kb(js), { text: '≤ 150 KB', met: js <= 150 * 1024 });
  report('initial CSS (gzip)', kb(css));
  report('chunks loaded later', String(lazyJs.length));
  console.log(`      ${lazyJs.join(', ')}`);

  // 2. A full report, then its heap.
  const year = await createReport(page);
  const choice = formatForYear(year);
  if (!choice.ok) throw new Error(choice.reason);
  const format = choice.format;
  const t0 = Date.now();
  const filled = await fillFullReport(page, format);
  console.log(
    `      (filled ${filled} cells and every narrative in ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  await page.waitForTimeout(800); // let the last autosave land
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  report('JS heap after a full report', `${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`);
  const writes = (
    await page.evaluate(() => (window as unknown as { __bench: { writes: number[] } }).__bench.writes)
  ).sort((a, b) => a - b);
  report('autosave write (IndexedDB, p50)', ms(percentile(writes, 50)));
  report('autosave write (max)', ms(writes.at(-1) ?? Number.NaN), {
    text: '≤ 500 ms',
    met: (writes.at(-1) ?? Infinity) <= 500,
  });

  // 3. Keystroke → row total on table 三, 4× slower CPU ("p95 keystroke → total ≤ 16 ms
  // at 4× slowdown"), then the same typing at this machine's own speed. The issue sets "no task
  // over 50 ms while typing" without a slowdown, so that budget is read from the second pass; the
  // longest task of the slowed-down pass is printed too, as the figure for a slower PC.
  const keys = await measureKeystrokes(page, cdp, format, CPU_SLOWDOWN);
  const p95 = percentile(keys.samples, 95);
  report(`keystroke → total p50 (${CPU_SLOWDOWN}× CPU)`, ms(percentile(keys.samples, 50)));
  report(`keystroke → total p95 (${CPU_SLOWDOWN}× CPU)`, ms(p95), { text: '≤ 16 ms', met: p95 <= 16 });
  report('keystrokes measured / typed', `${keys.samples.length} / ${keys.keystrokes}`, {
    text: 'all',
    met: keys.samples.length === keys.keystrokes,
  });
  const longTasks = (tasks: readonly number[]) => {
    const worst = [...tasks].sort((a, b) => b - a).slice(0, 8);
    console.log(
      `      (${tasks.length} tasks over 50 ms: ${worst.map((d) => d.toFixed(0)).join(', ') || 'none'})`,
    );
    return Math.max(0, ...tasks);
  };
  const slowLongest = longTasks(keys.longTasks);
  report(
    `longest task while typing (${CPU_SLOWDOWN}× CPU)`,
    keys.longTasks.length ? ms(slowLongest) : 'none > 50 ms',
  );
  const own = await measureKeystrokes(page, cdp, format, 1);
  const ownP95 = percentile(own.samples, 95);
  report('keystroke → total p95 (own speed)', ms(ownP95));
  const longest = longTasks(own.longTasks);
  report('longest task while typing', own.longTasks.length ? ms(longest) : 'none > 50 ms', {
    text: '≤ 50 ms',
    met: longest <= 50,
  });

  // 4. 导出 Word click → file (docx chunk loaded on demand, as a clerk's first export).
  const exportButton = page.getByRole('button', { name: '导出 Word' }).first();
  const start = Date.now();
  const download = page.waitForEvent('download', { timeout: 20_000 });
  await exportButton.click();
  const anyway = page.getByRole('button', { name: '仍然导出' });
  let confirmAt: number | undefined;
  const confirm = anyway
    .waitFor({ timeout: 5000 })
    .then(async () => {
      confirmAt = Date.now();
      await anyway.click();
    })
    .catch(() => undefined);
  const file = await download;
  const end = Date.now();
  await confirm;
  // With findings the clerk is asked first; the time counted is from the click that exports.
  const exportMs = end - (confirmAt ?? start);
  report('导出 Word click → file', ms(exportMs), { text: '≤ 1000 ms', met: exportMs <= 1000 });
  console.log(`      (${file.suggestedFilename()}${confirmAt ? ', after the findings dialog' : ''})`);
  await context.close();
}

/**
 * 审查汇总: 120 Word reports added at once are read and checked (in the desk's worker)
 * within 10 s, and the page keeps drawing meanwhile: the longest gap between two frames, from the
 * files being chosen to the table listing them all, stays within 200 ms.
 */
async function measureDesk(browser: Browser): Promise<void> {
  const COUNT = 120;
  const t = Date.now();
  const files = await deskBenchFiles(COUNT);
  const bytes = files.reduce((n, f) => n + f.buffer.length, 0);
  console.log(
    `      (built ${COUNT} Word reports, ${kb(bytes)}, in ${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(`${BASE}#/desk`);
  const input = page.getByLabel('添加报告文件');
  await input.waitFor({ state: 'attached' });
  // The page times itself: a frame loop records the longest gap between two frames from the
  // files' change event until the table lists them all, and the moment it does. The code goes as a
  // string: tsx (esbuild, keepNames) wraps named functions of this file in a `__name` helper that
  // exists only in Node, so a serialised function would throw in the page. Node only polls a
  // variable meanwhile: Playwright's waitForFunction would install its own script in the page and
  // run its predicate there, on the very thread being measured.
  await page.evaluate(`(() => {
    const d = { start: 0, end: 0, gap: 0, frames: 0, longest: 0 };
    window.__desk = d;
    let last = performance.now();
    const onFrame = (now) => {
      if (d.start > 0 && d.end === 0) {
        d.gap = Math.max(d.gap, now - Math.max(last, d.start));
        d.frames++;
        const rows = document.querySelectorAll('table[aria-label="报告列表"] tbody tr').length;
        if (rows === ${COUNT}) d.end = now;
      }
      last = now;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (d.start > 0 && d.end === 0 && e.startTime >= d.start) d.longest = Math.max(d.longest, e.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener('change', () => (d.start = performance.now()), true);
  })()`);
  await input.setInputFiles(files);
  interface DeskTimes {
    start: number;
    end: number;
    gap: number;
    frames: number;
    longest: number;
  }
  let desk = (await page.evaluate('window.__desk')) as DeskTimes;
  for (const until = Date.now() + 120_000; desk.end === 0;) {
    if (Date.now() > until) throw new Error('the desk did not list the reports within 120 s');
    await new Promise((r) => setTimeout(r, 250));
    desk = (await page.evaluate('window.__desk')) as DeskTimes;
  }
  const took = desk.end - desk.start;
  // Other work on the machine takes the cores from the page and its workers: say how busy it was.
  console.log(
    `      (load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} on ${os.cpus().length} cores)`,
  );
  report(`审查汇总: ${COUNT} Word reports read + checked`, ms(took), {
    text: '≤ 10000 ms',
    met: took <= 10_000,
  });
  report('审查汇总: longest frame gap meanwhile', ms(desk.gap), { text: '≤ 200 ms', met: desk.gap <= 200 });
  console.log(`      (${desk.frames} frames drawn meanwhile; longest task on the page ${ms(desk.longest)})`);
  await context.close();
}

/**
 * 导入 Word 或网页 with the largest reports real offices have: a 50-page .docx and a
 * 1 MB Word-pasted portal page. Two figures each: the read in the worker (file handed over →
 * imported report back, the budget), and the click → 导入检查 shown with every cell drawn.
 */
async function measureImport(browser: Browser): Promise<void> {
  const files = [
    {
      name: '50-page .docx',
      file: {
        name: 'report.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from(await largeReportDocx(50)),
      },
    },
    {
      name: '1 MB page',
      file: { name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(largePortalPage(1_000_000)) },
    },
  ];
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const { name, file } of files) {
    // A fresh page, as a clerk's first import: the pointer reaches 导入 Word 或网页, which starts
    // the readers' worker, and the file arrives 300 ms later (choosing a file in the browser's
    // dialog takes longer than that). The next reads reuse the worker (a second file, a corrected
    // year).
    await page.goto(BASE);
    const input = page.getByLabel('导入 Word 或网页');
    await page.getByText('导入 Word 或网页', { exact: true }).hover();
    await page.waitForTimeout(300);
    const reads: number[] = [];
    const shown: number[] = [];
    for (let round = 0; round < 4; round++) {
      await input.waitFor({ state: 'attached' });
      const start = Date.now();
      await input.setInputFiles(file);
      await page.getByRole('heading', { name: '导入检查' }).waitFor({ timeout: 30_000 });
      shown.push(Date.now() - start);
      reads.push(
        await page.evaluate(
          (m) => performance.getEntriesByName(m).at(-1)?.duration ?? Number.NaN,
          READ_MEASURE,
        ),
      );
      await page.getByRole('button', { name: '放弃导入' }).click();
    }
    const first = reads[0] ?? Number.NaN;
    const later = Math.max(...reads.slice(1));
    report(`导入 ${name}: first read (pointed at 300 ms before)`, ms(first), {
      text: '≤ 500 ms',
      met: first <= 500,
    });
    report(`导入 ${name}: later reads (max)`, ms(later), { text: '≤ 500 ms', met: later <= 500 });
    report(
      `导入 ${name}: → 导入检查 shown`,
      `${ms(shown[0] ?? Number.NaN)} / ${ms(Math.max(...shown.slice(1)))}`,
    );
  }
  await context.close();
}

/**
 * 预览 with the longest narratives the format keeps (50,000 and 100,000 characters, as ~400-character
 * paragraphs and as one paragraph): from the click on 预览 to every page laid out, the longest
 * main-thread task (PerformanceObserver longtask) stays within 200 ms, so the page keeps answering.
 */
async function measurePreview(browser: Browser): Promise<void> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(BASE);
  const year = await createReport(page);
  const choice = formatForYear(year);
  if (!choice.ok) throw new Error(choice.reason);
  const section = choice.format.sections.find((s) => s.narratives.length > 0 && s.id === 's6');
  if (!section) throw new Error('no section 六');
  const sentence = '本年度我镇持续推进基层政务公开标准化规范化建设，主动公开各类信息并及时回应群众关切。';
  const text = (chars: number, paragraph: number) => {
    const body = sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
    if (paragraph >= chars) return body;
    const parts: string[] = [];
    for (let i = 0; i < chars; i += paragraph) parts.push(body.slice(i, i + paragraph - 1));
    return parts.join('\n');
  };
  const cases = [
    { name: '50,000 characters', text: text(50_000, 400) },
    { name: '100,000 characters', text: text(100_000, 400) },
    { name: '100,000 in one paragraph', text: text(100_000, 100_000) },
  ];
  for (const [i, c] of cases.entries()) {
    // The last words, found on a page once every page is drawn.
    const end = `【第${i + 1}份全文完】`;
    await openStep(page, section.title);
    await page
      .getByRole('textbox', { name: section.narratives[0]?.label ?? '', exact: true })
      .fill(c.text.slice(0, -end.length) + end);
    await page.waitForTimeout(800);
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: { since: number; longTasks: number[] } }).__bench;
      b.since = performance.now();
      b.longTasks = [];
    });
    const start = Date.now();
    await openStep(page, '预览');
    // Laid out: the last words are on a page.
    await page
      .locator('.rp-sheet')
      .getByText(end, { exact: false })
      .waitFor({ state: 'attached', timeout: 60_000 });
    const shown = Date.now() - start;
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(
      () => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks,
    );
    const pages = (await page.getByText(/共 \d+ 页/).textContent())?.match(/共 (\d+) 页/)?.[1] ?? '?';
    const longest = Math.max(0, ...tasks);
    report(`预览 ${c.name}: longest task`, ms(longest), { text: '≤ 200 ms', met: longest <= 200 });
    report(`预览 ${c.name}: all ${pages} pages laid out`, ms(shown));
  }
  await context.close();
}

/** Measures that threw before giving their figures. */
let unfinished = 0;

async function main(): Promise<number> {
  build();
  const server = await serve();
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  try {
    // BENCH_ONLY=desk, import or preview measures that one alone.
    const only = process.env.BENCH_ONLY;
    if (only === undefined) await run(browser);
    if (only === undefined || only === 'preview') await measurePreview(browser);
    if (only === undefined || only === 'desk') await measureDesk(browser);
  } catch (error) {
    unfinished++;
    console.error(`\nThe bench could not finish: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    if (process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY === 'import')
      await measureImport(browser);
  } catch (error) {
    unfinished++;
    console.error(
      `\nThe import bench could not finish: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  const missed = figures.filter((f) => f.met === false);
  console.log(
    unfinished > 0
      ? `\n${unfinished} measure(s) could not finish.`
      : missed.length === 0
        ? '\nEvery budget met.'
        : `\nMISSED ${missed.length} budget(s): ${missed.map((f) => f.name).join('; ')}`,
  );
  return missed.length > 0 || unfinished > 0 ? 1 : 0;
}

process.exit(await main());
