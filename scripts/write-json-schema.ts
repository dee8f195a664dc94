// Writes the JSON Schema of draft files (docs/draft-format.schema.json) from the zod schema the
// app reads them with, and the table of cell ids in docs/draft-format.md, so neither document can
// drift from the code. `npm run schema` after changing the report model or a format;
// scripts/write-json-schema.test.ts fails when the committed files are stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { DRAFT_KIND, DRAFT_VERSION } from '../src/report/draft-file';
import { reportSchema } from '../src/report/report-schema';
import { FORMATS } from '../src/template/formats';
import { cellLabel, formatCells } from '../src/template/table-cells';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = path.join(ROOT, 'docs', 'draft-format.schema.json');
export const DOC_PATH = path.join(ROOT, 'docs', 'draft-format.md');
export const CELL_TABLE_START = '<!-- cell-ids:start (written by npm run schema; do not edit by hand) -->';
export const CELL_TABLE_END = '<!-- cell-ids:end -->';

/** The draft file as readDraft accepts it at the current version. */
const draftFileSchema = z
  .object({
    kind: z.literal(DRAFT_KIND).describe('Always "nianbao-draft": tells our drafts from any other JSON.'),
    version: z
      .literal(DRAFT_VERSION)
      .describe('Version of the draft format. Older files are migrated on reading; newer ones are refused.'),
    exportedAt: z.string().describe('When the file was written, ISO 8601 (UTC).'),
    report: reportSchema.describe('The report: metadata, preamble, narratives, cells, review.'),
  })
  .describe('政府信息公开工作年度报告 draft file (nianbao).');

export function draftJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(draftFileSchema);
  const schema = {
    $schema,
    $id: 'https://nianbao.invalid/draft-format.schema.json',
    title: 'nianbao draft file',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Markdown tables of every stored cell id of each format, with its printed name and value kind. */
export function cellIdTables(): string {
  const parts: string[] = [CELL_TABLE_START, ''];
  for (const format of Object.values(FORMATS)) {
    const [first, last] = format.years;
    const years = last === undefined ? `${first}年度起` : `${first}–${last}年度`;
    parts.push(
      `### ${format.id} (${format.notice}, ${years})`,
      '',
      '| cell id | kind | printed as |',
      '| --- | --- | --- |',
    );
    for (const cell of formatCells(format).values()) {
      if (cell.computed) continue;
      parts.push(`| \`${cell.id}\` | ${cell.kind} | ${cellLabel(cell)} |`);
    }
    const computed = [...formatCells(format).values()].filter((c) => c.computed).map((c) => `\`${c.id}\``);
    parts.push('', `Computed, never stored (${computed.length}): ${computed.join(', ')}.`, '');
  }
  parts.push(CELL_TABLE_END);
  return parts.join('\n');
}

/** The document with its generated table replaced; the prose around it is written by hand. */
export function withCellIdTables(doc: string): string {
  const start = doc.indexOf(CELL_TABLE_START);
  const end = doc.indexOf(CELL_TABLE_END);
  if (start < 0 || end < start) throw new Error(`${DOC_PATH} lacks the cell-id markers`);
  return doc.slice(0, start) + cellIdTables() + doc.slice(end + CELL_TABLE_END.length);
}

/** Formats as `npm run format` would, so the generated files stay as they are under Prettier. */
async function pretty(text: string, filepath: string): Promise<string> {
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...config, filepath });
}

/** What the two documents should hold, given the current hand-written prose of the page. */
export async function generatedDocs(): Promise<{ readonly schema: string; readonly doc: string }> {
  return {
    schema: await pretty(draftJsonSchema(), SCHEMA_PATH),
    doc: await pretty(withCellIdTables(fs.readFileSync(DOC_PATH, 'utf8')), DOC_PATH),
  };
}

async function main(): Promise<void> {
  const { schema, doc } = await generatedDocs();
  fs.mkdirSync(path.dirname(SCHEMA_PATH), { recursive: true });
  fs.writeFileSync(SCHEMA_PATH, schema);
  fs.writeFileSync(DOC_PATH, doc);
  console.log(
    `wrote ${path.relative(ROOT, SCHEMA_PATH)} and the cell ids of ${path.relative(ROOT, DOC_PATH)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
