// Times the importer on reports as large as real ones get: a 50-page hand-filled .docx and a
// 1 MB Word-pasted portal page, read in Node as the county desk's worker reads them. Prints the
// median and the slowest of several runs beside the budget (≤ 500 ms); never fails.
// usage: npm run measure:import
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { largePortalPage, largeReportDocx } from '../src/report/import/fixtures/large-reports';
import { readReportFile } from '../src/report/import/read-report-file';

const RUNS = 9;
const BUDGET_MS = 500;

function measure(name: string, fileName: string, bytes: Uint8Array): void {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = performance.now();
    const result = readReportFile(fileName, bytes);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    if (i > 0) times.push(ms); // the first run warms the JIT up
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const slowest = times[times.length - 1] ?? NaN;
  const size = `${(bytes.length / 1024).toFixed(0)} KB`;
  const verdict = slowest <= BUDGET_MS ? 'ok' : 'MISSED';
  console.log(
    `  ${name.padEnd(34)} ${size.padStart(9)}   median ${median.toFixed(1).padStart(6)} ms   slowest ${slowest.toFixed(1).padStart(6)} ms   ≤ ${BUDGET_MS} ms ${verdict}`,
  );
}

const docx = await largeReportDocx(50);
const xml = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
console.log(`  (the .docx holds ${((xml?.length ?? 0) / 1024).toFixed(0)} KB of document.xml)`);
measure('50-page hand-filled .docx', 'report.docx', docx);
measure('1 MB Word-pasted portal page', 'report.html', new TextEncoder().encode(largePortalPage(1_000_000)));
