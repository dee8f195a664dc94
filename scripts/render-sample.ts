// `npm run render:sample`: writes sample Word reports for both official formats to out/samples/,
// and, when LibreOffice and poppler are installed, converts them to PDF and PNG pages for a person
// to look at (issue 4). Uses the same builder as the browser, packed with Packer.toBuffer in Node.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Packer } from 'docx';
import { buildReportDocument } from '../src/features/export-docx/build-report-document';
import { sampleReport } from '../src/test-support/sample-reports';
import { wordFileName } from '../src/features/export-docx/word-file-name';
import type { Report } from '../src/report/report-schema';

const OUT = path.resolve('out/samples');
const FIXTURES = path.resolve('src/template/fixtures');

/**
 * LibreOffice has none of the fonts official documents name; this fontconfig file maps them to
 * the Noto CJK fonts so the pages look closer to print (pitfalls.md). 楷体 has no free
 * equivalent installed: it falls back to the serif.
 */
const FONT_ALIASES: readonly (readonly [string, string])[] = [
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['仿宋', 'Noto Serif CJK SC'],
  ['FangSong', 'Noto Serif CJK SC'],
  ['楷体_GB2312', 'Noto Serif CJK SC'],
  ['楷体', 'Noto Serif CJK SC'],
  ['KaiTi', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['SimSun', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
  ['SimHei', 'Noto Sans CJK SC'],
];

function fontConfig(): string {
  const matches = FONT_ALIASES.map(
    ([from, to]) =>
      `  <match target="pattern"><test name="family"><string>${from}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${to}</string></edit></match>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...matches,
    '</fontconfig>',
    '',
  ].join('\n');
}

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

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
    fs.writeFileSync(file, await Packer.toBuffer(buildReportDocument(report)));
    written.push(file);
    console.log(`${file}  (${wordFileName(report)})`);
  }

  if (!has('soffice')) {
    console.log('LibreOffice (soffice) is not installed: skipped PDF and PNG pages.');
    return;
  }
  const fontsConf = path.join(OUT, 'fonts.conf');
  fs.writeFileSync(fontsConf, fontConfig());
  // A profile of our own, so a LibreOffice already running for someone else does not take the job.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        OUT,
        ...written,
      ],
      { stdio: 'inherit', env: { ...process.env, FONTCONFIG_FILE: fontsConf }, timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const file of written) {
    const pdf = file.replace(/\.docx$/, '.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file}`);
    if (has('pdftoppm')) {
      // Pages of an earlier, longer rendering would otherwise be left behind and mislead.
      const base = path.basename(pdf, '.pdf');
      for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))) {
        fs.rmSync(path.join(OUT, old));
      }
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, pdf.replace(/\.pdf$/, '')]);
    }
  }
  const pages = fs.readdirSync(OUT).filter((f) => f.endsWith('.png'));
  console.log(`${written.length} PDF files and ${pages.length} PNG pages in ${OUT}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
