// Test support (e2e and scripts): converts .docx files to PDF with LibreOffice and reads the page
// count with poppler, the way a person checks how a Word file paginates. Not part of the app bundle.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice has none of the fonts official documents name; this maps them to the Noto CJK fonts
 * the preview falls back to in the same browser machine (report-preview.css), so the two lay the
 * text out in the same glyphs (pitfalls.md). 楷体 has no free equivalent installed: it falls back
 * to the serif, as in the preview.
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

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Converts the .docx files to PDF files of the same name in `outDir`; returns their paths. */
export function convertToPdf(files: readonly string[], outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const fontsConf = path.join(outDir, 'fonts.conf');
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
        outDir,
        ...files,
      ],
      { stdio: 'pipe', env: { ...process.env, FONTCONFIG_FILE: fontsConf }, timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${file}`);
    return pdf;
  });
}

/** The number of pages of a PDF, as pdfinfo reports it. */
export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(pages);
}

/** Renders every page of a PDF to PNG next to it (`name-1.png` …), for a person to look at. */
export function renderPdfPages(pdf: string, dpi = 70): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, pdf.replace(/\.pdf$/, '')]);
}
