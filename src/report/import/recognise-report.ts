// The one recogniser: reads the blocks of any source (Word, web page, text) into an imported
// report by label. Title → 机关名称 and 年度; the year → the format, cross-checked against the
// shape of the tables; the six sections by their headings; section 一's subheadings → its text
// boxes; the preamble, the signature and its date; tables 二, 三 and 四 by their labels. What fits
// nowhere is listed, never dropped.
import { SECTION_TITLES } from '../../template/common-parts';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMATS } from '../../template/formats';
import type { SectionId } from '../../template/section-ids';
import type { BandTable, FormatId, FormatSpec } from '../../template/spec-types';
import { aspectHeading } from './aspect-heading';
import { assembleCells } from './assemble-cells';
import { checkPrintedTotals } from './check-printed-totals';
import type {
  ImportedNarrative,
  ImportedReport,
  ImportResult,
  Proposed,
  UnplacedText,
} from './imported-report';
import { bandOfItem } from './read-band-table';
import { chooseFormat, disagreement } from './choose-format';
import { readTables } from './read-tables';
import { findTitle } from './find-title';
import { readTitle, readTitleInText } from './read-title';
import { sectionHeading } from './section-heading';
import { takeSignature } from './take-signature';
import type { SourceDocument } from './source-document';

export interface RecogniseOptions {
  /** The report year the person confirmed: the tables are read in its format. */
  readonly year?: number;
  /** Today, for the latest year a report can be for. */
  readonly today?: Date;
}

/** Where text stood before the first section. */
const BEFORE_TITLE = '标题之前';
const PREAMBLE = '前言';
const AFTER_SIGNATURE = '落款之后';

interface Region {
  readonly where: string;
  readonly sectionId?: SectionId;
  readonly heading: string;
  readonly paragraphs: string[];
}

function sectionOne(
  format: FormatSpec,
  region: Region | undefined,
  notes: string[],
): Record<string, ImportedNarrative> {
  const section = format.sections.find((s) => s.id === 's1');
  const out: Record<string, { text: string[]; sources: string[] }> = {};
  if (!section) return {};
  for (const n of section.narratives) out[n.id] = { text: [], sources: [] };
  const intro = section.narratives.find((n) => n.heading === undefined) ?? section.narratives[0];
  if (!intro || !region) return finish(out);
  const introBox = out[intro.id];
  if (introBox) introBox.sources.push(region.heading);
  const ownHeadings: string[] = [];
  let current = intro.id;
  for (const paragraph of region.paragraphs) {
    const heading = aspectHeading(paragraph, section.narratives);
    // A subheading naming the box the text is already in is the text's own words.
    if (heading?.narrativeId && heading.narrativeId !== current) {
      current = heading.narrativeId;
      out[current]?.sources.push(heading.heading);
      if (heading.rest) out[current]?.text.push(heading.rest);
      continue;
    }
    if (heading && !heading.narrativeId) {
      current = intro.id;
      ownHeadings.push(heading.heading);
      introBox?.sources.push(heading.heading);
    }
    out[current]?.text.push(paragraph);
  }
  if (ownHeadings.length > 0) {
    notes.push(
      `第一部分的小标题${ownHeadings.map((h) => `“${h}”`).join('、')}不是规定的五个方面，连同其内容放在“${intro.label}”中，请核对后移到对应的方面`,
    );
  }
  return finish(out);
}

function finish(
  out: Record<string, { text: string[]; sources: string[] }>,
): Record<string, ImportedNarrative> {
  return Object.fromEntries(
    Object.entries(out).map(([id, box]) => [id, { text: box.text.join('\n'), sources: box.sources }]),
  );
}

/** Reads a document's blocks into an imported report, or refuses with a reason. */
export function recogniseReport(document: SourceDocument, options: RecogniseOptions = {}): ImportResult {
  const today = options.today ?? new Date();
  const notes: string[] = [];
  const unplaced: UnplacedText[] = [];
  const { blocks } = document;

  const title = findTitle(document);
  const titleFromElsewhere =
    title === undefined
      ? ([document.titleHint, document.fileName?.replace(/\.[^.]*$/, '')] as const)
          .map((t, i) => ({
            t: t ? readTitle(t) : undefined,
            text: t ?? '',
            from: i === 0 ? 'title' : 'file-name',
          }))
          .find((x) => x.t !== undefined)
      : undefined;

  // Regions in order: text before the title, the preamble, then each section from its heading.
  const regions: Region[] = [];
  let region: Region = { where: BEFORE_TITLE, heading: '', paragraphs: [] };
  if (!title) region = { where: PREAMBLE, heading: '', paragraphs: [] };
  regions.push(region);
  const seen = new Set<SectionId>();
  const sectionOf = new Map<number, SectionId>();
  const whereOf = new Map<number, string>();
  const bandHints = new Map<number, string>();
  let pendingBand: string | undefined;
  const t2 = FORMAT_2019.sections.find((s) => s.id === 's2')?.table as BandTable;

  blocks.forEach((block, i) => {
    if (title && i === title.index) {
      region = { where: PREAMBLE, heading: '', paragraphs: [] };
      regions.push(region);
      return;
    }
    if (title && i > title.index && i < title.index + title.span) return;
    if (block.kind === 'table') {
      if (region.sectionId) sectionOf.set(i, region.sectionId);
      whereOf.set(i, region.where);
      if (pendingBand) bandHints.set(i, pendingBand);
      pendingBand = undefined;
      return;
    }
    const text = block.text.trim();
    if (text === '') return;
    const heading = sectionHeading(text);
    if (heading && !seen.has(heading.sectionId)) {
      seen.add(heading.sectionId);
      region = {
        where: SECTION_TITLES[heading.sectionId],
        sectionId: heading.sectionId,
        heading: heading.heading,
        paragraphs: heading.rest ? [heading.rest] : [],
      };
      regions.push(region);
      return;
    }
    const band = bandOfItem(t2, text);
    if (band) {
      pendingBand = band;
      return;
    }
    region.paragraphs.push(
      ...text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    );
  });

  // Year and format.
  const preambleRegion = regions.find((r) => r.where === PREAMBLE);
  const period = /(\d{4})\s*年\s*1\s*月\s*1\s*日.{0,6}?至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/.exec(
    (preambleRegion?.paragraphs ?? []).join(''),
  );
  const year: Proposed<number | undefined> =
    options.year !== undefined
      ? { value: options.year, foundIn: 'text' }
      : title
        ? { value: title.year, foundIn: 'title' }
        : titleFromElsewhere?.t
          ? {
              value: titleFromElsewhere.t.year,
              foundIn: titleFromElsewhere.from === 'title' ? 'title' : 'file-name',
            }
          : period && period[1] === period[2]
            ? { value: Number(period[1]), foundIn: 'statistics-period' }
            : { value: undefined, foundIn: 'none' };

  const context = { sectionOf, bandHints };
  const read2019 = readTables(FORMATS['format-2019'], blocks, context);
  const read2021 = readTables(FORMATS['format-2021'], blocks, context);
  if (read2019.parts.length === 0 && read2021.parts.length === 0) {
    return {
      ok: false,
      reason:
        '没有认出年度报告的表格：第二、三、四部分的表格一个也没有找到。请确认这是政府信息公开工作年度报告；从网页或 Word 复制时，请连同表格一起复制',
    };
  }
  const formatOfTables: FormatId = read2021.score >= read2019.score ? 'format-2021' : 'format-2019';
  const format = chooseFormat(year.value, formatOfTables, today, notes);
  const tablesRead = format.id === 'format-2021' ? read2021 : read2019;
  const otherFormat = FORMATS[format.id === 'format-2021' ? 'format-2019' : 'format-2021'];
  const otherRead = format.id === 'format-2021' ? read2019 : read2021;
  const disagreeing = disagreement(format, tablesRead, otherRead);
  if (disagreeing.length > 0) {
    notes.push(
      `${year.value ?? ''}年度报告应使用${format.notice}的格式，但原报告${disagreeing.join('、')}与${otherFormat.notice}的格式相符：已按${format.notice}的格式读取，对不上的行和数列在各表下方`,
    );
  }

  // Narratives, signature, preamble.
  const regionOf = (id: SectionId) => regions.find((r) => r.sectionId === id);
  const last = [...regions].reverse().find((r) => r.paragraphs.length > 0);
  const signature = last
    ? takeSignature(last.paragraphs, title?.agencyName ?? titleFromElsewhere?.t?.agencyName ?? '')
    : { signatory: '', date: '', dateText: '', after: [] };
  for (const text of signature.after) unplaced.push({ text, where: AFTER_SIGNATURE });
  const narratives: Record<string, ImportedNarrative> = sectionOne(format, regionOf('s1'), notes);
  for (const section of format.sections) {
    if (section.id === 's1') continue;
    const r = regionOf(section.id);
    for (const n of section.narratives) {
      narratives[n.id] = { text: r?.paragraphs.join('\n') ?? '', sources: r ? [r.heading] : [] };
    }
    if (section.narratives.length === 0 && r) {
      for (const text of r.paragraphs) unplaced.push({ text, where: section.title });
    }
  }
  for (const r of regions) {
    if (r.where === BEFORE_TITLE) for (const text of r.paragraphs) unplaced.push({ text, where: r.where });
  }
  const missing = format.sections.filter((s) => !seen.has(s.id));
  if (missing.length > 0) {
    notes.push(
      `没有找到这些部分的标题：${missing.map((s) => `“${s.title}”`).join('、')}；其内容如在别处，请核对`,
    );
  }
  if (document.encoding && document.encoding !== 'UTF-8') notes.push(`文件按 ${document.encoding} 编码读取`);

  const { cells, tables } = assembleCells(
    format,
    tablesRead.parts.map((p) => p.part),
  );
  const inText = readTitleInText(preambleRegion?.paragraphs.join('') ?? '');
  const agencyName: Proposed<string> = title
    ? { value: title.agencyName, foundIn: 'title' }
    : titleFromElsewhere?.t
      ? {
          value: titleFromElsewhere.t.agencyName,
          foundIn: titleFromElsewhere.from === 'title' ? 'title' : 'file-name',
        }
      : signature.signatory
        ? { value: signature.signatory, foundIn: 'signature' }
        : inText
          ? { value: inText.agencyName, foundIn: 'text' }
          : { value: '', foundIn: 'none' };

  const report: ImportedReport = {
    sourceKind: document.kind,
    ...(document.fileName ? { fileName: document.fileName } : {}),
    ...(document.encoding ? { encoding: document.encoding } : {}),
    title: title?.text ?? titleFromElsewhere?.text ?? '',
    agencyName,
    year,
    formatId: format.id,
    formatOfTables,
    preamble: preambleRegion?.paragraphs.join('\n') ?? '',
    narratives,
    signatory: signature.signatory,
    signDate: signature.date,
    signDateText: signature.dateText,
    cells,
    tables,
    unplaced,
    unrecognisedTables: tablesRead.unrecognised.map((i) => {
      const block = blocks[i];
      return {
        where: whereOf.get(i) ?? PREAMBLE,
        rows: block?.kind === 'table' ? block.rows.map((row) => row.map((c) => c.text)) : [],
      };
    }),
    totalsFindings: checkPrintedTotals(format, cells),
    notes,
  };
  return { ok: true, report, document };
}
