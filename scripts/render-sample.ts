// `npm run render:sample`: writes sample Word reports for both official formats to out/samples/,
// and, when LibreOffice and poppler are installed, converts them to PDF and PNG pages for a person
// to look at. Uses the same builder as the browser, packed with Packer.toBuffer in Node.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { buildReportDocument } from '../src/features/export-docx/build-report-document';
import { reportFontTable } from '../src/features/export-docx/report-font-table';
import { convertToPdf, hasCommand, renderPdfPages } from '../src/test-support/libreoffice';
import { sampleReport } from '../src/test-support/sample-reports';
import { wordFileName } from '../src/features/export-docx/word-file-name';
import type { Report } from '../src/report/report-schema';

const OUT = path.resolve('out/samples');
const FIXTURES = path.resolve('src/template/fixtures');

/** Reports transcribed from published ones (src/template/fixtures), when that folder has them. */
async function fixtureReports(): Promise<{ name: string; report: Report }[]> {
  if (!fs.existsSync(FIXTURES)) return [];
  const out: { name: string; report: Report }[] = [];
  for (const file of fs.readdirSync(FIXTURES).filter((f) => /^[a-z]+-\d{4}\.ts$/.test(f))) {
    const mod = (await import(pathToFileURL(path.join(FIXTURES, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'formatId' in value && 'cells' in value && 'meta' in value) {
        out.push({ name: `fixture-${file.replace(/\.ts$/, '')}`, report: value as Report });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const reports = [
    { name: 'sample-format-2021', report: sampleReport('format-2021') },
    { name: 'sample-format-2019', report: sampleReport('format-2019') },
    ...(await fixtureReports()),
  ];
  const written: string[] = [];
  for (const { name, report } of reports) {
    const file = path.join(OUT, `${name}.docx`);
    fs.writeFileSync(file, await Packer.toBuffer(buildReportDocument(report), false, [reportFontTable()]));
    written.push(file);
    console.log(`${file}  (${wordFileName(report)})`);
  }

  if (!hasCommand('soffice')) {
    console.log('LibreOffice (soffice) is not installed: skipped PDF and PNG pages.');
    return;
  }
  const pdfs = convertToPdf(written, OUT);
  for (const pdf of pdfs) {
    if (hasCommand('pdftoppm')) {
      // Pages of an earlier, longer rendering would otherwise be left behind and mislead.
      const base = path.basename(pdf, '.pdf');
      for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))) {
        fs.rmSync(path.join(OUT, old));
      }
      renderPdfPages(pdf);
    }
  }
  const pages = fs.readdirSync(OUT).filter((f) => f.endsWith('.png'));
  console.log(`${written.length} PDF files and ${pages.length} PNG pages in ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
