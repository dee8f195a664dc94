// @vitest-environment jsdom
// Hostile text through the Word builder: whatever a clerk pasted, the .docx must still
// open. Word refuses a part that is not well-formed XML 1.0 (docx issue #345, pitfalls.md), so every
// XML part is read back with jszip and parsed strictly.
import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { createReport } from '../../report/create-report';
import type { Report } from '../../report/report-schema';
import { FORMATS } from '../../template/formats';
import { formatCells } from '../../template/table-cells';
import { buildReportDocument } from './build-report-document';

const NASTY = [
  'A\u0000\u0001\u0007B\u000B\u000CC\u001B\u007F',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u202E\u202Dabc\u202C\u200F\u200E',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '<script>alert("x")</script>&amp;<![CDATA[x]]>',
  '\uD800 lone \uDFFF',
  '\uFFFE\uFFFF',
].join('');

const LONG = '本年度，我镇认真贯彻落实政府信息公开条例，持续推进基层政务公开标准化规范化建设。'
  .repeat(500)
  .slice(0, 20_000);

/** Characters XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- exactly the characters under test
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function hostileReport(formatId: 'format-2019' | 'format-2021'): Report {
  const base = createReport({
    agencyName: `阁山镇${NASTY}`,
    year: formatId === 'format-2019' ? 2020 : 2025,
    formatId,
  });
  const format = FORMATS[formatId];
  const narratives = Object.fromEntries(
    format.sections.flatMap((s) => s.narratives.map((n, i) => [n.id, i === 0 ? `${LONG}\n${NASTY}` : NASTY])),
  );
  const inputs = [...formatCells(format).values()].filter((c) => !c.computed);
  const samples = ['<script>', '\u0007', '😀', '１２', '—', '1e12', '\u202E5', '&', ']]>'];
  const cells = Object.fromEntries(inputs.map((c, i) => [c.id, samples[i % samples.length] ?? '']));
  return {
    ...base,
    preamble: `${NASTY}\n${LONG}`,
    meta: { ...base.meta, signatory: NASTY, region: NASTY, address: NASTY },
    narratives,
    cells,
  };
}

async function xmlParts(report: Report): Promise<Map<string, string>> {
  const buffer = await Packer.toBuffer(buildReportDocument(report));
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

describe('the Word builder on hostile text', () => {
  it.each(['format-2019', 'format-2021'] as const)(
    '%s: every part is well-formed XML 1.0',
    async (formatId) => {
      const parts = await xmlParts(hostileReport(formatId));
      expect(parts.has('word/document.xml')).toBe(true);
      for (const [name, xml] of parts) {
        expect(NOT_XML.test(xml), `${name} holds a character XML 1.0 forbids`).toBe(false);
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        expect(doc.getElementsByTagName('parsererror').length, `${name} does not parse`).toBe(0);
      }
    },
  );

  it('keeps the text: markup as text, emoji, the whole long paragraph', async () => {
    const parts = await xmlParts(hostileReport('format-2021'));
    const xml = parts.get('word/document.xml') ?? '';
    const text = [...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('w:t')]
      .map((t) => t.textContent ?? '')
      .join('');
    expect(xml).not.toContain('<script>');
    expect(text).toContain('<script>alert("x")</script>&amp;<![CDATA[x]]>');
    expect(text).toContain('😀👨‍👩‍👧‍👦🇨🇳');
    expect(text).toContain(LONG);
    // Allowed characters survive; only what XML forbids is dropped.
    expect(text).toContain('\u202E\u202Dabc\u202C');
    expect(text).not.toMatch(NOT_XML);
  });
});
